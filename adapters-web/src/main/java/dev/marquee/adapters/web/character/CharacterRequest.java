package dev.marquee.adapters.web.character;

import dev.marquee.domain.character.CharacterDetails;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of a character update. */
@Serdeable
public record CharacterRequest(
        @NotBlank @Size(max = CharacterDetails.MAX_NAME_LENGTH) String name,
        @Nullable @Size(max = CharacterDetails.MAX_DESCRIPTION_LENGTH) String description) {

    public CharacterDetails toDetails() {
        return new CharacterDetails(name, description);
    }
}

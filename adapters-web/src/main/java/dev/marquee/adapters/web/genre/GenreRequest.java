package dev.marquee.adapters.web.genre;

import dev.marquee.domain.genre.GenreName;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of a genre create or rename. */
@Serdeable
public record GenreRequest(@NotBlank @Size(max = GenreName.MAX_LENGTH) String name) {

    public GenreName toName() {
        return new GenreName(name);
    }
}

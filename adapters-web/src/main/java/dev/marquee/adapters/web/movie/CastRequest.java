package dev.marquee.adapters.web.movie;

import dev.marquee.domain.cast.CastCreditDetails;
import dev.marquee.domain.cast.CastRole;
import dev.marquee.domain.character.CharacterDetails;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * A new cast credit: the actor, and either an existing character's id or a new character's name.
 */
@Serdeable
public record CastRequest(
        @NotNull @Positive Long actorId,
        @Nullable @Positive Long characterId,
        @Nullable @Size(max = CharacterDetails.MAX_NAME_LENGTH) String characterName,
        @Schema(implementation = CastRole.class) @NotNull String role,
        @Nullable @Size(max = CastCreditDetails.MAX_DESCRIPTION_LENGTH) String description) {}

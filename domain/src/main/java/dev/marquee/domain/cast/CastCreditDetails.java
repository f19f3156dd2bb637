package dev.marquee.domain.cast;

import dev.marquee.domain.character.CharacterId;
import dev.marquee.domain.movie.MovieId;
import dev.marquee.domain.person.PersonId;
import dev.marquee.domain.shared.InvalidInputException;
import dev.marquee.domain.shared.Text;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a credit says, new or stored: this actor plays this character in this movie, in a part of
 * this size.
 */
public record CastCreditDetails(
        MovieId movieId,
        CharacterId characterId,
        PersonId actorId,
        CastRole role,
        @Nullable String description) {

    public static final int MAX_DESCRIPTION_LENGTH = 2_000;

    public CastCreditDetails {
        Objects.requireNonNull(movieId);
        Objects.requireNonNull(characterId);
        Objects.requireNonNull(actorId);
        if (role == null) {
            throw new InvalidInputException("role", "must be LEADING, SUPPORTING or BACKGROUND");
        }
        description = Text.optional(description, "description", MAX_DESCRIPTION_LENGTH);
    }
}

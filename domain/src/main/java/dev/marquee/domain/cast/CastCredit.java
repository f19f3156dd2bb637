package dev.marquee.domain.cast;

import dev.marquee.domain.character.CharacterId;
import dev.marquee.domain.movie.MovieId;
import dev.marquee.domain.person.PersonId;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A credit of a movie's cast: an actor playing a character, with the size of the part. */
public final class CastCredit {

    private final CastCreditId id;
    private final NewCastCredit state;

    private CastCredit(CastCreditId id, NewCastCredit state) {
        this.id = Objects.requireNonNull(id);
        this.state = Objects.requireNonNull(state);
    }

    public static CastCredit restore(CastCreditId id, NewCastCredit state) {
        return new CastCredit(id, state);
    }

    public CastCreditId id() {
        return id;
    }

    public MovieId movieId() {
        return state.movieId();
    }

    public CharacterId characterId() {
        return state.characterId();
    }

    public PersonId actorId() {
        return state.actorId();
    }

    public CastRole role() {
        return state.role();
    }

    public @Nullable String description() {
        return state.description();
    }
}

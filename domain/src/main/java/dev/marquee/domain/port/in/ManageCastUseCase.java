package dev.marquee.domain.port.in;

import dev.marquee.domain.cast.CastCreditId;
import dev.marquee.domain.cast.CastRole;
import dev.marquee.domain.character.CharacterDetails;
import dev.marquee.domain.character.CharacterId;
import dev.marquee.domain.movie.MovieId;
import dev.marquee.domain.person.PersonId;
import dev.marquee.domain.view.CastCreditView;
import org.jspecify.annotations.Nullable;

/** Credits actors with characters in movies, and removes credits. */
public interface ManageCastUseCase {

    /** Credits the actor with an existing character (which may recur from other movies). */
    CastCreditView add(
            MovieId movie,
            PersonId actor,
            CharacterId character,
            CastRole role,
            @Nullable String description);

    /** Credits the actor with a character created for this credit. */
    CastCreditView add(
            MovieId movie,
            PersonId actor,
            CharacterDetails newCharacter,
            CastRole role,
            @Nullable String description);

    CastCreditView get(MovieId movie, CastCreditId credit);

    void remove(MovieId movie, CastCreditId credit);
}

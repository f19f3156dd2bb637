package dev.marquee.domain.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.domain.cast.CastCreditDetails;
import dev.marquee.domain.cast.CastCreditId;
import dev.marquee.domain.cast.CastRole;
import dev.marquee.domain.character.CharacterId;
import dev.marquee.domain.movie.MovieId;
import dev.marquee.domain.person.PersonId;
import dev.marquee.domain.view.CastCreditView;
import dev.marquee.domain.view.Named;
import org.junit.jupiter.api.Test;

/**
 * What every CastQueries must do, run against the in-memory fake and PostgreSQL; credits are stored
 * through the CastRepository.
 */
public abstract class CastQueriesContract extends ContractSupport {

    protected abstract CastQueries queries();

    protected abstract CastRepository cast();

    protected abstract MovieId existingMovie();

    protected abstract CharacterId existingCharacter(String name);

    protected abstract PersonId existingActor(String firstName, String lastName);

    @Test
    void showsACreditWithTheCharacterAndTheActorsDisplayName() {
        MovieId movie = existingMovie();
        CharacterId character = existingCharacter("Madonna " + unique());
        PersonId actor = existingActor("Madonna", null);

        CastCreditId credit =
                cast().add(
                                new CastCreditDetails(
                                        movie, character, actor, CastRole.SUPPORTING, null));

        CastCreditView view = queries().findView(credit).orElseThrow();
        assertThat(view.id()).isEqualTo(credit.value());
        assertThat(view.movieId()).isEqualTo(movie.value());
        assertThat(view.actor()).isEqualTo(new Named(actor.value(), "Madonna"));
        assertThat(view.role()).isEqualTo(CastRole.SUPPORTING);
        assertThat(view.description()).isNull();
    }

    @Test
    void anUnknownOrDeletedCreditHasNoView() {
        CastCreditId credit =
                cast().add(
                                new CastCreditDetails(
                                        existingMovie(),
                                        existingCharacter("Extra"),
                                        existingActor("Walk", "On"),
                                        CastRole.BACKGROUND,
                                        null));
        cast().delete(credit);

        assertThat(queries().findView(credit)).isEmpty();
        assertThat(queries().findView(new CastCreditId(UNKNOWN_ID))).isEmpty();
    }
}

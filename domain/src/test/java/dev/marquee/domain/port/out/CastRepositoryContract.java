package dev.marquee.domain.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
 * What every CastRepository must do, run against the in-memory fake and PostgreSQL; credits are
 * read back through CastQueries.
 */
public abstract class CastRepositoryContract extends ContractSupport {

    protected abstract CastRepository cast();

    /** How the stored credits are read back. */
    protected abstract CastQueries castQueries();

    protected abstract MovieId existingMovie();

    protected abstract CharacterId existingCharacter(String name);

    protected abstract PersonId existingActor(String firstName, String lastName);

    @Test
    void addsACreditAndShowsItWithCharacterAndActorNames() {
        MovieId movie = existingMovie();
        CharacterId character = existingCharacter("Neil McCauley");
        PersonId actor = existingActor("Robert", "De Niro");

        CastCreditId credit =
                cast().add(
                                new CastCreditDetails(
                                        movie, character, actor, CastRole.LEADING, "The thief"));

        assertThat(castQueries().findView(credit))
                .hasValue(
                        new CastCreditView(
                                credit.value(),
                                movie.value(),
                                new Named(character.value(), "Neil McCauley"),
                                CastRole.LEADING,
                                new Named(actor.value(), "Robert De Niro"),
                                "The thief"));
        assertThat(castQueries().findView(new CastCreditId(UNKNOWN_ID))).isEmpty();
    }

    @Test
    void unknownActorOrCharacterIsInvalidInputNamingTheFieldAndAnUnknownMovieIsNotFound() {
        MovieId movie = existingMovie();
        CharacterId character = existingCharacter("Vincent Hanna");
        PersonId actor = existingActor("Al", "Pacino");

        assertThatThrownBy(
                        () ->
                                cast().add(
                                                new CastCreditDetails(
                                                        movie,
                                                        character,
                                                        new PersonId(UNKNOWN_ID),
                                                        CastRole.LEADING,
                                                        null)))
                .satisfies(invalidField("actorId"));
        assertThatThrownBy(
                        () ->
                                cast().add(
                                                new CastCreditDetails(
                                                        movie,
                                                        new CharacterId(UNKNOWN_ID),
                                                        actor,
                                                        CastRole.LEADING,
                                                        null)))
                .satisfies(invalidField("characterId"));
        assertThatThrownBy(
                        () ->
                                cast().add(
                                                new CastCreditDetails(
                                                        new MovieId(UNKNOWN_ID),
                                                        character,
                                                        actor,
                                                        CastRole.LEADING,
                                                        null)))
                .satisfies(notFound("movie-not-found"));
    }

    @Test
    void theSameActorAsTheSameCharacterTwiceInOneMovieIsADuplicateCastCredit() {
        MovieId movie = existingMovie();
        CharacterId character = existingCharacter("Chris Shiherlis");
        PersonId actor = existingActor("Val", "Kilmer");
        cast().add(new CastCreditDetails(movie, character, actor, CastRole.SUPPORTING, null));

        assertThatThrownBy(
                        () ->
                                cast().add(
                                                new CastCreditDetails(
                                                        movie,
                                                        character,
                                                        actor,
                                                        CastRole.BACKGROUND,
                                                        "again")))
                .satisfies(conflict("duplicate-cast-credit"));
        cast().add(
                        new CastCreditDetails(
                                existingMovie(), character, actor, CastRole.SUPPORTING, null));
    }

    @Test
    void deleteRemovesTheCreditAndIsFalseWhenThereIsNone() {
        CastCreditId credit =
                cast().add(
                                new CastCreditDetails(
                                        existingMovie(),
                                        existingCharacter("Waingro"),
                                        existingActor("Kevin", "Gage"),
                                        CastRole.BACKGROUND,
                                        null));

        assertThat(cast().delete(credit)).isTrue();
        assertThat(castQueries().findView(credit)).isEmpty();
        assertThat(cast().delete(credit)).isFalse();
    }
}

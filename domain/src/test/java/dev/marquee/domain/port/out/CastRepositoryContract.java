package dev.marquee.domain.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marquee.domain.cast.CastCredit;
import dev.marquee.domain.cast.CastCreditId;
import dev.marquee.domain.cast.CastRole;
import dev.marquee.domain.cast.NewCastCredit;
import dev.marquee.domain.character.CharacterId;
import dev.marquee.domain.movie.MovieId;
import dev.marquee.domain.person.PersonId;
import dev.marquee.domain.view.CastCreditView;
import dev.marquee.domain.view.Named;
import org.junit.jupiter.api.Test;

/** What every CastRepository must do, run against the in-memory fake and PostgreSQL. */
public abstract class CastRepositoryContract extends ContractSupport {

    protected abstract CastRepository cast();

    protected abstract MovieId existingMovie();

    protected abstract CharacterId existingCharacter(String name);

    protected abstract PersonId existingActor(String firstName, String lastName);

    @Test
    void addsACreditAndShowsItWithCharacterAndActorNames() {
        MovieId movie = existingMovie();
        CharacterId character = existingCharacter("Neil McCauley");
        PersonId actor = existingActor("Robert", "De Niro");

        CastCredit credit =
                cast().add(
                                new NewCastCredit(
                                        movie, character, actor, CastRole.LEADING, "The thief"));

        assertThat(cast().findView(credit.id()))
                .hasValue(
                        new CastCreditView(
                                credit.id().value(),
                                movie.value(),
                                new Named(character.value(), "Neil McCauley"),
                                CastRole.LEADING,
                                new Named(actor.value(), "Robert De Niro"),
                                "The thief"));
        assertThat(cast().findView(new CastCreditId(UNKNOWN_ID))).isEmpty();
    }

    @Test
    void unknownActorOrCharacterIsInvalidInputNamingTheFieldAndAnUnknownMovieIsNotFound() {
        MovieId movie = existingMovie();
        CharacterId character = existingCharacter("Vincent Hanna");
        PersonId actor = existingActor("Al", "Pacino");

        assertThatThrownBy(
                        () ->
                                cast().add(
                                                new NewCastCredit(
                                                        movie,
                                                        character,
                                                        new PersonId(UNKNOWN_ID),
                                                        CastRole.LEADING,
                                                        null)))
                .satisfies(invalidField("actorId"));
        assertThatThrownBy(
                        () ->
                                cast().add(
                                                new NewCastCredit(
                                                        movie,
                                                        new CharacterId(UNKNOWN_ID),
                                                        actor,
                                                        CastRole.LEADING,
                                                        null)))
                .satisfies(invalidField("characterId"));
        assertThatThrownBy(
                        () ->
                                cast().add(
                                                new NewCastCredit(
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
        cast().add(new NewCastCredit(movie, character, actor, CastRole.SUPPORTING, null));

        assertThatThrownBy(
                        () ->
                                cast().add(
                                                new NewCastCredit(
                                                        movie,
                                                        character,
                                                        actor,
                                                        CastRole.BACKGROUND,
                                                        "again")))
                .satisfies(conflict("duplicate-cast-credit"));
        cast().add(new NewCastCredit(existingMovie(), character, actor, CastRole.SUPPORTING, null));
    }

    @Test
    void deleteRemovesTheCreditAndIsFalseWhenThereIsNone() {
        CastCredit credit =
                cast().add(
                                new NewCastCredit(
                                        existingMovie(),
                                        existingCharacter("Waingro"),
                                        existingActor("Kevin", "Gage"),
                                        CastRole.BACKGROUND,
                                        null));

        assertThat(cast().delete(credit.id())).isTrue();
        assertThat(cast().findView(credit.id())).isEmpty();
        assertThat(cast().delete(credit.id())).isFalse();
    }
}

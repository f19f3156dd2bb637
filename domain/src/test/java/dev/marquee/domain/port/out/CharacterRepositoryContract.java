package dev.marquee.domain.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.domain.cast.CastRole;
import dev.marquee.domain.character.CharacterDetails;
import dev.marquee.domain.character.CharacterId;
import dev.marquee.domain.character.MovieCharacter;
import dev.marquee.domain.view.CharacterView;
import dev.marquee.domain.view.Named;
import org.junit.jupiter.api.Test;

/** What every CharacterRepository must do, run against the in-memory fake and PostgreSQL. */
public abstract class CharacterRepositoryContract extends ContractSupport {

    protected abstract CharacterRepository characters();

    /**
     * Casts a new actor of this name as the character in a new movie of this title; the actor's id.
     */
    protected abstract long appearIn(
            CharacterId character, String movieTitle, String actorFirstName, CastRole role);

    @Test
    void addsFindsAndSavesACharacter() {
        MovieCharacter added =
                characters().add(new CharacterDetails("Ripley " + unique(), "Warrant officer"));

        assertThat(characters().findById(added.id()))
                .hasValueSatisfying(
                        found -> assertThat(found.details()).isEqualTo(added.details()));

        CharacterDetails renamed = new CharacterDetails("Ellen Ripley", null);
        added.update(renamed);
        characters().save(added);
        assertThat(characters().findById(added.id()).orElseThrow().details()).isEqualTo(renamed);
        assertThat(characters().findById(new CharacterId(UNKNOWN_ID))).isEmpty();
    }

    @Test
    void theViewListsEveryAppearanceWithItsMovieActorAndRole() {
        MovieCharacter character =
                characters().add(new CharacterDetails("James Bond", "Agent 007"));
        long connery = appearIn(character.id(), "Dr. No", "Sean", CastRole.LEADING);

        CharacterView view = characters().findView(character.id()).orElseThrow();

        assertThat(view.id()).isEqualTo(character.id().value());
        assertThat(view.name()).isEqualTo("James Bond");
        assertThat(view.description()).isEqualTo("Agent 007");
        assertThat(view.appearances())
                .singleElement()
                .satisfies(
                        appearance -> {
                            assertThat(appearance.movie().title()).isEqualTo("Dr. No");
                            assertThat(appearance.actor()).isEqualTo(new Named(connery, "Sean"));
                            assertThat(appearance.role()).isEqualTo(CastRole.LEADING);
                        });
        assertThat(characters().findView(new CharacterId(UNKNOWN_ID))).isEmpty();
    }

    @Test
    void aCharacterWithoutAppearancesHasAnEmptyList() {
        MovieCharacter character = characters().add(new CharacterDetails("Unseen", null));

        assertThat(characters().findView(character.id()).orElseThrow().appearances()).isEmpty();
    }
}

package dev.marquee.domain.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.domain.cast.CastRole;
import dev.marquee.domain.character.CharacterDetails;
import dev.marquee.domain.character.CharacterId;
import dev.marquee.domain.character.MovieCharacter;
import dev.marquee.domain.view.CharacterView;
import dev.marquee.domain.view.Named;
import org.junit.jupiter.api.Test;

/**
 * What every CharacterQueries must do, run against the in-memory fake and PostgreSQL; characters
 * are stored through the CharacterRepository.
 */
public abstract class CharacterQueriesContract extends ContractSupport {

    protected abstract CharacterQueries queries();

    protected abstract CharacterRepository characters();

    /**
     * Casts a new actor of this name as the character in a new movie of this title; the actor's id.
     */
    protected abstract long appearIn(
            CharacterId character, String movieTitle, String actorFirstName, CastRole role);

    @Test
    void theViewListsEveryAppearanceWithItsMovieActorAndRole() {
        MovieCharacter character =
                characters().add(new CharacterDetails("James Bond", "Agent 007"));
        long connery = appearIn(character.id(), "Dr. No", "Sean", CastRole.LEADING);

        CharacterView view = queries().findView(character.id()).orElseThrow();

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
        assertThat(queries().findView(new CharacterId(UNKNOWN_ID))).isEmpty();
    }

    @Test
    void aCharacterWithoutAppearancesHasAnEmptyList() {
        MovieCharacter character = characters().add(new CharacterDetails("Unseen", null));

        assertThat(queries().findView(character.id()).orElseThrow().appearances()).isEmpty();
    }
}

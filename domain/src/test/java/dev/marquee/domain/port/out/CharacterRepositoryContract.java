package dev.marquee.domain.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.domain.character.CharacterDetails;
import dev.marquee.domain.character.CharacterId;
import dev.marquee.domain.character.MovieCharacter;
import org.junit.jupiter.api.Test;

/** What every CharacterRepository must do, run against the in-memory fake and PostgreSQL. */
public abstract class CharacterRepositoryContract extends ContractSupport {

    protected abstract CharacterRepository characters();

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
}

package dev.marquee.domain.port.out;

import dev.marquee.domain.character.CharacterDetails;
import dev.marquee.domain.character.CharacterId;
import dev.marquee.domain.character.MovieCharacter;
import dev.marquee.domain.view.CharacterView;
import java.util.Optional;

/**
 * Stores characters, and reads a character's page with its appearances: in release order, undated
 * movies last, then by movie and credit.
 */
public interface CharacterRepository {

    MovieCharacter add(CharacterDetails details);

    Optional<MovieCharacter> findById(CharacterId id);

    void save(MovieCharacter character);

    Optional<CharacterView> findView(CharacterId id);
}

package dev.marquee.domain.port.out;

import dev.marquee.domain.character.CharacterDetails;
import dev.marquee.domain.character.CharacterId;
import dev.marquee.domain.character.MovieCharacter;
import java.util.Optional;

/** Stores characters; their pages are read through {@link CharacterQueries}. */
public interface CharacterRepository {

    MovieCharacter add(CharacterDetails details);

    Optional<MovieCharacter> findById(CharacterId id);

    void save(MovieCharacter character);
}

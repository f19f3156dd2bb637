package dev.marquee.domain.port.out;

import dev.marquee.domain.character.CharacterId;
import dev.marquee.domain.view.CharacterView;
import java.util.Optional;

/** Reads a character's page with every appearance, in two queries whatever their number. */
public interface CharacterQueries {

    Optional<CharacterView> findView(CharacterId id);
}

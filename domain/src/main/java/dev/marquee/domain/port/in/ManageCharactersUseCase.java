package dev.marquee.domain.port.in;

import dev.marquee.domain.character.CharacterDetails;
import dev.marquee.domain.character.CharacterId;
import dev.marquee.domain.view.CharacterView;

/** Reads a character with its appearances, and edits its name and description. */
public interface ManageCharactersUseCase {

    CharacterView get(CharacterId id);

    CharacterView update(CharacterId id, CharacterDetails details);
}

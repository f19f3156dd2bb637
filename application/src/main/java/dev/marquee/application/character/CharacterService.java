package dev.marquee.application.character;

import dev.marquee.domain.character.CharacterDetails;
import dev.marquee.domain.character.CharacterId;
import dev.marquee.domain.character.MovieCharacter;
import dev.marquee.domain.port.in.ManageCharactersUseCase;
import dev.marquee.domain.port.out.CharacterQueries;
import dev.marquee.domain.port.out.CharacterRepository;
import dev.marquee.domain.shared.NotFoundException;
import dev.marquee.domain.view.CharacterView;

/** Character pages and edits. */
public final class CharacterService implements ManageCharactersUseCase {

    private final CharacterRepository characters;
    private final CharacterQueries views;

    public CharacterService(CharacterRepository characters, CharacterQueries views) {
        this.characters = characters;
        this.views = views;
    }

    @Override
    public CharacterView get(CharacterId id) {
        return views.findView(id).orElseThrow(() -> notFound(id));
    }

    @Override
    public CharacterView update(CharacterId id, CharacterDetails details) {
        MovieCharacter character = characters.findById(id).orElseThrow(() -> notFound(id));
        character.update(details);
        characters.save(character);
        return get(id);
    }

    private static NotFoundException notFound(CharacterId id) {
        return new NotFoundException("character", id.value());
    }
}

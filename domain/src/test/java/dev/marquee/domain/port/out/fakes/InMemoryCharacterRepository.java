package dev.marquee.domain.port.out.fakes;

import dev.marquee.domain.character.CharacterDetails;
import dev.marquee.domain.character.CharacterId;
import dev.marquee.domain.character.MovieCharacter;
import dev.marquee.domain.port.out.CharacterQueries;
import dev.marquee.domain.port.out.CharacterRepository;
import dev.marquee.domain.view.CharacterView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Characters in memory; only save() persists a change; a view lists the appearances recorded with
 * appear(), in the order they were recorded.
 */
public final class InMemoryCharacterRepository implements CharacterRepository, CharacterQueries {

    private final Map<Long, CharacterDetails> characters = new TreeMap<>();
    private final Map<Long, List<CharacterView.Appearance>> appearances = new TreeMap<>();
    private long nextId = 1;

    @Override
    public synchronized MovieCharacter add(CharacterDetails details) {
        long id = nextId++;
        characters.put(id, details);
        return MovieCharacter.restore(new CharacterId(id), details);
    }

    @Override
    public synchronized Optional<MovieCharacter> findById(CharacterId id) {
        return Optional.ofNullable(characters.get(id.value()))
                .map(details -> MovieCharacter.restore(id, details));
    }

    @Override
    public synchronized void save(MovieCharacter character) {
        if (!characters.containsKey(character.id().value())) {
            throw new IllegalStateException("no character " + character.id().value() + " to save");
        }
        characters.put(character.id().value(), character.details());
    }

    @Override
    public synchronized Optional<CharacterView> findView(CharacterId id) {
        return Optional.ofNullable(characters.get(id.value()))
                .map(
                        details ->
                                new CharacterView(
                                        id.value(),
                                        details.name(),
                                        details.description(),
                                        appearances.getOrDefault(id.value(), List.of())));
    }

    /** Whether a character with this id is stored. */
    public synchronized boolean exists(CharacterId id) {
        return characters.containsKey(id.value());
    }

    /** Records an appearance of the character, as a cast credit would. */
    public synchronized void appear(CharacterId id, CharacterView.Appearance appearance) {
        appearances.computeIfAbsent(id.value(), key -> new ArrayList<>()).add(appearance);
    }
}

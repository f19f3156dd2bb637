package dev.marquee.domain.character;

import java.util.Objects;

/**
 * A character of fiction, such as James Bond: its own entity so that it can recur across movies,
 * played by different actors. (Named so that it does not shadow {@code java.lang.Character}.)
 */
public final class MovieCharacter {

    private final CharacterId id;
    private CharacterDetails details;

    private MovieCharacter(CharacterId id, CharacterDetails details) {
        this.id = Objects.requireNonNull(id);
        this.details = Objects.requireNonNull(details);
    }

    public static MovieCharacter restore(CharacterId id, CharacterDetails details) {
        return new MovieCharacter(id, details);
    }

    public void update(CharacterDetails newDetails) {
        this.details = Objects.requireNonNull(newDetails);
    }

    public CharacterId id() {
        return id;
    }

    public CharacterDetails details() {
        return details;
    }
}

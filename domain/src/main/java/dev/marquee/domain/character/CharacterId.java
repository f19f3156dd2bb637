package dev.marquee.domain.character;

import dev.marquee.domain.shared.Ids;

/** Identifies a character. */
public record CharacterId(long value) {

    public CharacterId {
        Ids.requirePositive(value, "characterId");
    }
}

package dev.marquee.domain.genre;

import dev.marquee.domain.shared.Ids;

/** Identifies a genre. */
public record GenreId(long value) {

    public GenreId {
        Ids.requirePositive(value, "genreId");
    }
}

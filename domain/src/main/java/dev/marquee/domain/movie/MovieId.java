package dev.marquee.domain.movie;

import dev.marquee.domain.shared.Ids;

/** Identifies a movie. */
public record MovieId(long value) {

    public MovieId {
        Ids.requirePositive(value, "movieId");
    }
}

package dev.marquee.domain.cast;

import dev.marquee.domain.shared.Ids;

/** Identifies a cast credit. */
public record CastCreditId(long value) {

    public CastCreditId {
        Ids.requirePositive(value, "castId");
    }
}

package dev.marquee.domain.user;

import dev.marquee.domain.shared.Ids;

/** Identifies a user account. */
public record UserId(long value) {

    public UserId {
        Ids.requirePositive(value, "userId");
    }
}

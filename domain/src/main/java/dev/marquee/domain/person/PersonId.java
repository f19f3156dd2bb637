package dev.marquee.domain.person;

import dev.marquee.domain.shared.Ids;

/** Identifies a person (a director, an actor, or both). */
public record PersonId(long value) {

    public PersonId {
        Ids.requirePositive(value, "personId");
    }
}

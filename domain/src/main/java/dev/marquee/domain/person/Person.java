package dev.marquee.domain.person;

import java.time.Instant;
import java.util.Objects;

/**
 * A person of the catalogue; directing and acting are recorded on movies and cast credits, by id.
 */
public final class Person {

    private final PersonId id;
    private PersonDetails details;
    private final Instant createdAt;
    private Instant updatedAt;

    private Person(PersonId id, PersonDetails details, Instant createdAt, Instant updatedAt) {
        this.id = Objects.requireNonNull(id);
        this.details = Objects.requireNonNull(details);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.updatedAt = Objects.requireNonNull(updatedAt);
    }

    public static Person restore(
            PersonId id, PersonDetails details, Instant createdAt, Instant updatedAt) {
        return new Person(id, details, createdAt, updatedAt);
    }

    public void replace(PersonDetails newDetails, Instant now) {
        this.details = Objects.requireNonNull(newDetails);
        this.updatedAt = now;
    }

    public PersonId id() {
        return id;
    }

    public PersonDetails details() {
        return details;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}

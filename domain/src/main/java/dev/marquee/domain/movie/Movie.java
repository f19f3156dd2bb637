package dev.marquee.domain.movie;

import java.time.Instant;
import java.util.Objects;

/** A movie of the catalogue, with its genres, country and director referred to by id. */
public final class Movie {

    private final MovieId id;
    private MovieDetails details;
    private final Instant createdAt;
    private Instant updatedAt;

    private Movie(MovieId id, MovieDetails details, Instant createdAt, Instant updatedAt) {
        this.id = Objects.requireNonNull(id);
        this.details = Objects.requireNonNull(details);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.updatedAt = Objects.requireNonNull(updatedAt);
    }

    public static Movie restore(
            MovieId id, MovieDetails details, Instant createdAt, Instant updatedAt) {
        return new Movie(id, details, createdAt, updatedAt);
    }

    /** Replaces every editable field at once (the API's PUT is a full replace). */
    public void replace(MovieDetails newDetails, Instant now) {
        this.details = Objects.requireNonNull(newDetails);
        this.updatedAt = now;
    }

    public MovieId id() {
        return id;
    }

    public MovieDetails details() {
        return details;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}

package dev.marquee.domain.genre;

import java.util.Objects;

/** A genre that movies are tagged with and users can name as a favorite. */
public final class Genre {

    private final GenreId id;
    private GenreName name;

    private Genre(GenreId id, GenreName name) {
        this.id = Objects.requireNonNull(id);
        this.name = Objects.requireNonNull(name);
    }

    public static Genre restore(GenreId id, GenreName name) {
        return new Genre(id, name);
    }

    public void rename(GenreName newName) {
        this.name = Objects.requireNonNull(newName);
    }

    public GenreId id() {
        return id;
    }

    public GenreName name() {
        return name;
    }
}

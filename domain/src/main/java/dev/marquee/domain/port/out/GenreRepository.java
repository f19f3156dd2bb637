package dev.marquee.domain.port.out;

import dev.marquee.domain.genre.Genre;
import dev.marquee.domain.genre.GenreId;
import dev.marquee.domain.genre.GenreName;
import dev.marquee.domain.shared.Page;
import dev.marquee.domain.shared.PageRequest;
import java.util.Optional;

/**
 * Stores genres; names are unique regardless of case and a duplicate raises a ConflictException.
 */
public interface GenreRepository {

    Page<Genre> findAll(PageRequest request);

    Optional<Genre> findById(GenreId id);

    Genre add(GenreName name);

    void save(Genre genre);

    /**
     * Removes the genre, returning false when there was none; a genre still on a movie raises a
     * ConflictException.
     */
    boolean delete(GenreId id);
}

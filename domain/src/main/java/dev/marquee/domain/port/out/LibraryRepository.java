package dev.marquee.domain.port.out;

import dev.marquee.domain.library.ListKind;
import dev.marquee.domain.movie.MovieId;
import dev.marquee.domain.shared.Page;
import dev.marquee.domain.shared.PageRequest;
import dev.marquee.domain.user.UserId;
import dev.marquee.domain.view.LibraryEntry;
import java.time.Instant;
import java.util.Optional;

/**
 * Stores users' favorites and watchlists; the store's uniqueness decides concurrent adds of the
 * same movie.
 */
public interface LibraryRepository {

    /**
     * Adds the movie unless it is already there; true when this call added it. An unknown movie is
     * not found.
     */
    boolean add(UserId user, ListKind list, MovieId movie, Instant addedAt);

    Optional<LibraryEntry> find(UserId user, ListKind list, MovieId movie);

    void remove(UserId user, ListKind list, MovieId movie);

    Page<LibraryEntry> list(UserId user, ListKind list, PageRequest request);
}

package dev.marquee.domain.port.in;

import dev.marquee.domain.library.ListKind;
import dev.marquee.domain.library.Saved;
import dev.marquee.domain.movie.MovieId;
import dev.marquee.domain.shared.Page;
import dev.marquee.domain.shared.PageRequest;
import dev.marquee.domain.shared.Sortable;
import dev.marquee.domain.user.UserId;
import dev.marquee.domain.view.LibraryEntry;

/**
 * The caller's favorites and watchlist: sets of movies, newest first; adding and removing are
 * idempotent.
 */
public interface ManageLibraryUseCase {

    /** The lists are newest first and take no other order. */
    Sortable SORTABLE = Sortable.by();

    Page<LibraryEntry> list(UserId self, ListKind list, PageRequest request);

    /** Adds the movie, or finds it already there; an unknown movie is not found. */
    Saved<LibraryEntry> add(UserId self, ListKind list, MovieId movie);

    LibraryEntry get(UserId self, ListKind list, MovieId movie);

    /** Removes the movie; removing one that is not there is not an error. */
    void remove(UserId self, ListKind list, MovieId movie);
}

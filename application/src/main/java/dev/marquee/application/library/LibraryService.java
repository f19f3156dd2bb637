package dev.marquee.application.library;

import dev.marquee.domain.library.ListKind;
import dev.marquee.domain.library.Saved;
import dev.marquee.domain.movie.MovieId;
import dev.marquee.domain.port.in.ManageLibraryUseCase;
import dev.marquee.domain.port.out.LibraryRepository;
import dev.marquee.domain.shared.NotFoundException;
import dev.marquee.domain.shared.Page;
import dev.marquee.domain.shared.PageRequest;
import dev.marquee.domain.user.UserId;
import dev.marquee.domain.view.LibraryEntry;
import java.time.Clock;

/**
 * Favorites and watchlist: idempotent adds decided by the store, so concurrent adds make one entry.
 */
public final class LibraryService implements ManageLibraryUseCase {

    private final LibraryRepository library;
    private final Clock clock;

    public LibraryService(LibraryRepository library, Clock clock) {
        this.library = library;
        this.clock = clock;
    }

    @Override
    public Page<LibraryEntry> list(UserId self, ListKind list, PageRequest request) {
        return library.list(self, list, SORTABLE.check(request));
    }

    @Override
    public Saved<LibraryEntry> add(UserId self, ListKind list, MovieId movie) {
        boolean added = library.add(self, list, movie, clock.instant());
        return new Saved<>(get(self, list, movie), added);
    }

    @Override
    public LibraryEntry get(UserId self, ListKind list, MovieId movie) {
        return library.find(self, list, movie)
                .orElseThrow(
                        () ->
                                new NotFoundException(
                                        list == ListKind.FAVORITES ? "favorite" : "watchlist-entry",
                                        movie.value()));
    }

    @Override
    public void remove(UserId self, ListKind list, MovieId movie) {
        library.remove(self, list, movie);
    }
}

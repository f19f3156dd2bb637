package dev.marquee.application.fakes;

import dev.marquee.domain.library.ListKind;
import dev.marquee.domain.movie.MovieId;
import dev.marquee.domain.port.out.LibraryRepository;
import dev.marquee.domain.shared.Page;
import dev.marquee.domain.shared.PageRequest;
import dev.marquee.domain.user.UserId;
import dev.marquee.domain.view.LibraryEntry;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A LibraryRepository in memory, like the PostgreSQL adapter: per user and list a set of movies
 * with the time each was added, an unknown movie not found, lists newest first then by movie id,
 * and any requested sort ignored.
 */
public final class InMemoryLibraryRepository implements LibraryRepository {

    private static final Comparator<Map.Entry<Key, Instant>> NEWEST_FIRST =
            Comparator.comparing((Map.Entry<Key, Instant> e) -> e.getValue())
                    .reversed()
                    .thenComparingLong(e -> e.getKey().movie());

    private final InMemoryMovieRepository movies;
    private final Map<Key, Instant> entries = new HashMap<>();

    public InMemoryLibraryRepository(InMemoryMovieRepository movies) {
        this.movies = movies;
    }

    @Override
    public boolean add(UserId user, ListKind list, MovieId movie, Instant addedAt) {
        movies.requireKnown(movie);
        return entries.putIfAbsent(new Key(user.value(), list, movie.value()), addedAt) == null;
    }

    @Override
    public Optional<LibraryEntry> find(UserId user, ListKind list, MovieId movie) {
        return Optional.ofNullable(entries.get(new Key(user.value(), list, movie.value())))
                .map(addedAt -> new LibraryEntry(movies.summary(movie), addedAt));
    }

    @Override
    public void remove(UserId user, ListKind list, MovieId movie) {
        entries.remove(new Key(user.value(), list, movie.value()));
    }

    @Override
    public Page<LibraryEntry> list(UserId user, ListKind list, PageRequest request) {
        List<LibraryEntry> all =
                entries.entrySet().stream()
                        .filter(e -> e.getKey().user() == user.value() && e.getKey().list() == list)
                        .sorted(NEWEST_FIRST)
                        .map(
                                e ->
                                        new LibraryEntry(
                                                movies.summary(new MovieId(e.getKey().movie())),
                                                e.getValue()))
                        .toList();
        return Page.of(
                all.stream().skip(request.offset()).limit(request.size()).toList(),
                request,
                all.size());
    }

    private record Key(long user, ListKind list, long movie) {}
}

package dev.marquee.domain.port.out.fakes;

import dev.marquee.domain.genre.Genre;
import dev.marquee.domain.genre.GenreId;
import dev.marquee.domain.genre.GenreName;
import dev.marquee.domain.port.out.GenreRepository;
import dev.marquee.domain.shared.ConflictException;
import dev.marquee.domain.shared.Page;
import dev.marquee.domain.shared.PageRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A GenreRepository in memory: names unique regardless of case; hands out copies, so only save()
 * persists a change.
 */
public final class InMemoryGenreRepository implements GenreRepository {

    private static final Map<String, Comparator<Genre>> COLUMNS =
            Map.of(
                    "id", Comparator.comparingLong(genre -> genre.id().value()),
                    "name",
                            Comparator.comparing(
                                    genre -> genre.name().value().toLowerCase(Locale.ROOT)));

    private final Map<Long, GenreName> names = new TreeMap<>();
    private final List<PageRequest> findAllRequests = new ArrayList<>();
    private final java.util.Set<Long> onMovies = new java.util.HashSet<>();
    private long nextId = 1;

    @Override
    public Page<Genre> findAll(PageRequest request) {
        findAllRequests.add(request);
        List<Genre> all =
                names.entrySet().stream().map(e -> restore(e.getKey(), e.getValue())).toList();
        return InMemoryPaging.page(all, request, COLUMNS);
    }

    @Override
    public Optional<Genre> findById(GenreId id) {
        return Optional.ofNullable(names.get(id.value())).map(name -> restore(id.value(), name));
    }

    @Override
    public Genre add(GenreName name) {
        requireUnique(name, 0);
        long id = nextId++;
        names.put(id, name);
        return restore(id, name);
    }

    @Override
    public void save(Genre genre) {
        if (!names.containsKey(genre.id().value())) {
            throw new IllegalStateException("no genre " + genre.id().value() + " to save");
        }
        requireUnique(genre.name(), genre.id().value());
        names.put(genre.id().value(), genre.name());
    }

    @Override
    public boolean delete(GenreId id) {
        if (onMovies.contains(id.value())) {
            throw new ConflictException(
                    "genre-in-use",
                    "The genre is still assigned to movies; remove it from them first");
        }
        return names.remove(id.value()) != null;
    }

    /** Puts the genre on a movie, as the movie_genres rows would: it can then not be deleted. */
    public void putOnAMovie(GenreId id) {
        onMovies.add(id.value());
    }

    /** Every request findAll() received, oldest first. */
    public List<PageRequest> findAllRequests() {
        return List.copyOf(findAllRequests);
    }

    private void requireUnique(GenreName name, long exceptId) {
        boolean taken =
                names.entrySet().stream()
                        .anyMatch(
                                e ->
                                        e.getKey() != exceptId
                                                && e.getValue()
                                                        .value()
                                                        .equalsIgnoreCase(name.value()));
        if (taken) {
            throw new ConflictException(
                    "duplicate-genre-name", "A genre named " + name.value() + " already exists");
        }
    }

    private static Genre restore(long id, GenreName name) {
        return Genre.restore(new GenreId(id), name);
    }
}

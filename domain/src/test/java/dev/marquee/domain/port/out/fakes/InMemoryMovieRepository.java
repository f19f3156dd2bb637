package dev.marquee.domain.port.out.fakes;

import dev.marquee.domain.movie.Movie;
import dev.marquee.domain.movie.MovieDetails;
import dev.marquee.domain.movie.MovieId;
import dev.marquee.domain.port.out.MovieRepository;
import dev.marquee.domain.shared.ConflictException;
import dev.marquee.domain.shared.InvalidInputException;
import dev.marquee.domain.shared.NotFoundException;
import dev.marquee.domain.view.MovieSummary;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Movies in memory, for the fakes that refer to movies and for MovieRepository itself: tests either
 * register a movie by id and title with knowMovie(), or add one with full details, whose genre,
 * country and director ids must have been made known (as rows of those tables would be); TMDB and
 * IMDb ids are unique. Only save() persists a change.
 */
public final class InMemoryMovieRepository implements MovieRepository {

    private final Map<Long, String> titles = new HashMap<>();
    private final Map<Long, Movie> movies = new HashMap<>();
    private final Set<Long> genres = new HashSet<>();
    private final Set<Long> countries = new HashSet<>();
    private final Set<Long> persons = new HashSet<>();
    private long nextId = 1_000_000;

    /** Registers a movie as if it were in the catalogue, and returns its id. */
    public synchronized MovieId knowMovie(long id, String title) {
        titles.put(id, title);
        return new MovieId(id);
    }

    /** Makes these ids valid references, as rows of the genres, countries, persons tables would. */
    public synchronized void knowGenres(long... ids) {
        for (long id : ids) {
            genres.add(id);
        }
    }

    public synchronized void knowCountries(long... ids) {
        for (long id : ids) {
            countries.add(id);
        }
    }

    public synchronized void knowPersons(long... ids) {
        for (long id : ids) {
            persons.add(id);
        }
    }

    /**
     * The movie as lists show it: id and title only; rating aggregates and the rest are not
     * modelled.
     */
    synchronized MovieSummary summary(MovieId id) {
        String title = titles.get(id.value());
        if (title == null) {
            throw new IllegalStateException("no movie " + id.value() + " is known");
        }
        return new MovieSummary(
                id.value(), title, null, null, null, null, List.of(), null, 0, 0, null, null);
    }

    /** Every movie added with full details, in no particular order. */
    synchronized List<Movie> all() {
        return movies.values().stream()
                .map(m -> Movie.restore(m.id(), m.details(), m.createdAt(), m.updatedAt()))
                .toList();
    }

    /** Fails the way the real foreign key does: an unknown movie is not found. */
    void requireKnown(MovieId id) {
        if (!exists(id)) {
            throw new NotFoundException("movie", id.value());
        }
    }

    @Override
    public synchronized boolean exists(MovieId id) {
        return titles.containsKey(id.value());
    }

    @Override
    public synchronized Movie add(MovieDetails details) {
        check(details, 0);
        long id = nextId++;
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        movies.put(id, Movie.restore(new MovieId(id), details, now, now));
        titles.put(id, details.title());
        return Movie.restore(new MovieId(id), details, now, now);
    }

    @Override
    public synchronized Optional<Movie> findById(MovieId id) {
        return Optional.ofNullable(movies.get(id.value()))
                .map(m -> Movie.restore(m.id(), m.details(), m.createdAt(), m.updatedAt()));
    }

    @Override
    public synchronized void save(Movie movie) {
        if (!movies.containsKey(movie.id().value())) {
            throw new IllegalStateException("no movie " + movie.id().value() + " to save");
        }
        check(movie.details(), movie.id().value());
        movies.put(
                movie.id().value(),
                Movie.restore(movie.id(), movie.details(), movie.createdAt(), movie.updatedAt()));
        titles.put(movie.id().value(), movie.details().title());
    }

    @Override
    public synchronized boolean delete(MovieId id) {
        movies.remove(id.value());
        return titles.remove(id.value()) != null;
    }

    private void check(MovieDetails details, long exceptId) {
        if (details.countryId() != null && !countries.contains(details.countryId().value())) {
            throw new InvalidInputException("countryId", "no country has this id");
        }
        if (details.directorId() != null && !persons.contains(details.directorId().value())) {
            throw new InvalidInputException("directorId", "no person has this id");
        }
        if (details.genreIds().stream().anyMatch(genre -> !genres.contains(genre.value()))) {
            throw new InvalidInputException("genreIds", "contains an id that no genre has");
        }
        for (Movie other : movies.values()) {
            if (other.id().value() == exceptId) {
                continue;
            }
            if (details.tmdbId() != null
                    && Objects.equals(details.tmdbId(), other.details().tmdbId())) {
                throw new ConflictException("duplicate-tmdb-id", "Another movie has this tmdbId");
            }
            if (details.imdbId() != null
                    && Objects.equals(details.imdbId(), other.details().imdbId())) {
                throw new ConflictException("duplicate-imdb-id", "Another movie has this imdbId");
            }
        }
    }
}

package dev.marquee.application.fakes;

import dev.marquee.domain.movie.Movie;
import dev.marquee.domain.movie.MovieDetails;
import dev.marquee.domain.movie.MovieId;
import dev.marquee.domain.port.out.MovieRepository;
import dev.marquee.domain.shared.NotFoundException;
import dev.marquee.domain.view.MovieSummary;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The movies table for fakes that refer to movies: tests register movies by id and title with
 * knowMovie(). Only exists() of the port is modelled; the other methods need full MovieDetails that
 * these tests never build.
 */
public final class InMemoryMovieRepository implements MovieRepository {

    private final Map<Long, String> titles = new HashMap<>();

    /** Registers a movie as if it were in the catalogue, and returns its id. */
    public MovieId knowMovie(long id, String title) {
        titles.put(id, title);
        return new MovieId(id);
    }

    /**
     * The movie as lists show it: id and title only; rating aggregates and the rest are not
     * modelled.
     */
    MovieSummary summary(MovieId id) {
        String title = titles.get(id.value());
        if (title == null) {
            throw new IllegalStateException("no movie " + id.value() + " is known");
        }
        return new MovieSummary(
                id.value(), title, null, null, null, null, List.of(), null, 0, 0, null, null);
    }

    /** Fails the way the real foreign key does: an unknown movie is not found. */
    void requireKnown(MovieId id) {
        if (!exists(id)) {
            throw new NotFoundException("movie", id.value());
        }
    }

    @Override
    public boolean exists(MovieId id) {
        return titles.containsKey(id.value());
    }

    @Override
    public Movie add(MovieDetails details) {
        throw new UnsupportedOperationException("not modelled: register movies with knowMovie()");
    }

    @Override
    public Optional<Movie> findById(MovieId id) {
        throw new UnsupportedOperationException("not modelled: only exists() is");
    }

    @Override
    public void save(Movie movie) {
        throw new UnsupportedOperationException("not modelled: only exists() is");
    }

    @Override
    public boolean delete(MovieId id) {
        throw new UnsupportedOperationException("not modelled: only exists() is");
    }
}

package dev.marquee.domain.port.out;

import dev.marquee.domain.movie.Movie;
import dev.marquee.domain.movie.MovieDetails;
import dev.marquee.domain.movie.MovieId;
import java.util.Optional;

/**
 * Stores movies with their genres. Unknown genre, country or director ids raise an
 * InvalidInputException naming the field; a taken TMDB or IMDb id raises a ConflictException.
 */
public interface MovieRepository {

    Movie add(MovieDetails details);

    Optional<Movie> findById(MovieId id);

    boolean exists(MovieId id);

    void save(Movie movie);

    /**
     * Removes the movie and everything that hangs on it (cast credits, library entries); false when
     * there was none.
     */
    boolean delete(MovieId id);
}

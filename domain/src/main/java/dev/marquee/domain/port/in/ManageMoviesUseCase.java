package dev.marquee.domain.port.in;

import dev.marquee.domain.movie.MovieDetails;
import dev.marquee.domain.movie.MovieId;
import dev.marquee.domain.view.MovieView;

/**
 * Adds, replaces and removes movies; unknown genre, country or director ids are invalid input
 * naming the field.
 */
public interface ManageMoviesUseCase {

    MovieView create(MovieDetails details);

    MovieView replace(MovieId id, MovieDetails details);

    /** Removes the movie with its cast credits and its place in every library. */
    void delete(MovieId id);
}

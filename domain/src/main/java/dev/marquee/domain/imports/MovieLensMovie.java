package dev.marquee.domain.imports;

import dev.marquee.domain.genre.GenreName;
import dev.marquee.domain.movie.MovieDetails;
import dev.marquee.domain.shared.InvalidInputException;
import dev.marquee.domain.shared.Text;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One movie of a MovieLens {@code movies} file: its id, its cleaned title, the year when known, its
 * genres.
 */
public record MovieLensMovie(
        int movieLensId, String title, @Nullable Integer year, List<GenreName> genres) {

    public MovieLensMovie {
        if (movieLensId <= 0) {
            throw new InvalidInputException("movieId", "must be a positive integer");
        }
        title = Text.required(title, "title", MovieDetails.MAX_TITLE_LENGTH);
        if (year != null && (year < 1870 || year > 2200)) {
            throw new InvalidInputException("title", "has a year outside 1870 to 2200");
        }
        genres = List.copyOf(genres);
    }

    /** From the raw columns: "Lion King, The (1994)" and "Adventure|Animation|Children". */
    public static MovieLensMovie of(int movieLensId, String rawTitle, String rawGenres) {
        MovieLensTitle title =
                MovieLensTitle.parse(
                        Text.required(rawTitle, "title", 2 * MovieDetails.MAX_TITLE_LENGTH));
        return new MovieLensMovie(
                movieLensId, title.title(), title.year(), MovieLensGenres.of(rawGenres));
    }
}

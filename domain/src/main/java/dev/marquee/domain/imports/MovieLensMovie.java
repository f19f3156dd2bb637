package dev.marquee.domain.imports;

import dev.marquee.domain.genre.GenreName;
import dev.marquee.domain.movie.MovieDetails;
import dev.marquee.domain.shared.InvalidInputException;
import dev.marquee.domain.shared.Text;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One movie of a MovieLens {@code movies} file: its id, its cleaned title, the year when known, its
 * genres, and the alternative titles it gives in parentheses.
 */
public record MovieLensMovie(
        int movieLensId,
        String title,
        @Nullable Integer year,
        List<GenreName> genres,
        List<String> alternateTitles) {

    public MovieLensMovie(
            int movieLensId, String title, @Nullable Integer year, List<GenreName> genres) {
        this(movieLensId, title, year, genres, List.of());
    }

    public MovieLensMovie {
        if (movieLensId <= 0) {
            throw new InvalidInputException("movieId", "must be a positive integer");
        }
        title = Text.required(title, "title", MovieDetails.MAX_TITLE_LENGTH);
        if (year != null && (year < 1870 || year > 2200)) {
            throw new InvalidInputException("title", "has a year outside 1870 to 2200");
        }
        genres = List.copyOf(genres);
        String main = title;
        alternateTitles =
                alternateTitles.stream()
                        .map(alternate -> alternate.strip())
                        .filter(alternate -> !alternate.isEmpty() && !alternate.equals(main))
                        .map(
                                alternate ->
                                        alternate.length() > MovieDetails.MAX_TITLE_LENGTH
                                                ? alternate.substring(
                                                        0, MovieDetails.MAX_TITLE_LENGTH)
                                                : alternate)
                        .distinct()
                        .toList();
    }

    /** Its title and alternative titles, each once. */
    public List<String> titles() {
        List<String> titles = new ArrayList<>();
        titles.add(title);
        titles.addAll(alternateTitles);
        return titles;
    }

    /** From the raw columns: "Lion King, The (1994)" and "Adventure|Animation|Children". */
    public static MovieLensMovie of(int movieLensId, String rawTitle, String rawGenres) {
        MovieLensTitle title =
                MovieLensTitle.parse(
                        Text.required(rawTitle, "title", 2 * MovieDetails.MAX_TITLE_LENGTH));
        return new MovieLensMovie(
                movieLensId,
                title.title(),
                title.year(),
                MovieLensGenres.of(rawGenres),
                title.alternates());
    }
}

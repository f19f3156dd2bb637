package dev.marquee.domain.recommendation;

import dev.marquee.domain.movie.MovieFilter;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Narrows recommendations to a genre (id or name) and release years (inclusive), checked as the
 * movie list's are.
 */
public record RecommendationFilter(
        @Nullable String genre, @Nullable Integer yearFrom, @Nullable Integer yearTo) {

    public static final RecommendationFilter NONE = new RecommendationFilter(null, null, null);

    public RecommendationFilter {
        MovieFilter checked =
                new MovieFilter(
                        genre == null ? List.of() : List.of(genre),
                        null,
                        yearFrom,
                        yearTo,
                        null,
                        null,
                        null);
        genre = checked.genres().isEmpty() ? null : checked.genres().get(0);
    }

    public boolean isNone() {
        return genre == null && yearFrom == null && yearTo == null;
    }
}

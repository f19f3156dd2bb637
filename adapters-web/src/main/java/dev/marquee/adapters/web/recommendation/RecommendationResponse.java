package dev.marquee.adapters.web.recommendation;

import dev.marquee.adapters.web.movie.MovieSummaryResponse;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** One recommendation: the movie, its score, and its reasons, strongest first. */
@Serdeable
public record RecommendationResponse(
        MovieSummaryResponse movie, double score, List<ReasonResponse> reasons) {

    /** Why: the type, a sentence, and the ids of the movie, genre or person it names. */
    @Serdeable
    public record ReasonResponse(
            String type,
            String text,
            @Nullable Long movieId,
            @Nullable Long genreId,
            @Nullable Long personId) {}
}

package dev.marquee.adapters.web.recommendation;

import dev.marquee.adapters.web.movie.MovieSummaryResponse;
import dev.marquee.domain.view.RecommendationReason;
import dev.marquee.domain.view.RecommendedMovie;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** One recommendation: the movie, its score, and its reasons, strongest first. */
@Serdeable
public record RecommendationResponse(
        MovieSummaryResponse movie, double score, List<ReasonResponse> reasons) {

    public static RecommendationResponse of(RecommendedMovie recommended) {
        return new RecommendationResponse(
                MovieSummaryResponse.of(recommended.movie()),
                recommended.score(),
                recommended.reasons().stream().map(ReasonResponse::of).toList());
    }

    /** Why: the type, a sentence, and the id of the movie or genre it names. */
    @Serdeable
    public record ReasonResponse(
            String type, String text, @Nullable Long movieId, @Nullable Long genreId) {

        static ReasonResponse of(RecommendationReason reason) {
            return new ReasonResponse(
                    reason.type().name(), reason.text(), reason.movieId(), reason.genreId());
        }
    }
}

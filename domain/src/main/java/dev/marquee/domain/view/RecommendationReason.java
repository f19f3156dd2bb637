package dev.marquee.domain.view;

import dev.marquee.domain.recommendation.ReasonType;
import org.jspecify.annotations.Nullable;

/**
 * Why a movie was recommended, with the ids a client can link: the history movie, the genre, the
 * cast member.
 */
public record RecommendationReason(
        ReasonType type,
        String text,
        @Nullable Long movieId,
        @Nullable Long genreId,
        @Nullable Long personId) {

    /** A reason that names no person. */
    public RecommendationReason(
            ReasonType type, String text, @Nullable Long movieId, @Nullable Long genreId) {
        this(type, text, movieId, genreId, null);
    }
}

package dev.marquee.domain.view;

import dev.marquee.domain.recommendation.ReasonType;
import org.jspecify.annotations.Nullable;

/** Why a movie was recommended, with the id a client can link: the history movie, or the genre. */
public record RecommendationReason(
        ReasonType type, String text, @Nullable Long movieId, @Nullable Long genreId) {}

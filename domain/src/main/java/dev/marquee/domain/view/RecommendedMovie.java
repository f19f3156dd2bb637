package dev.marquee.domain.view;

import java.util.List;

/**
 * A recommendation: the movie, its score, and the reasons behind it, the largest contribution
 * first.
 */
public record RecommendedMovie(
        MovieSummary movie, double score, List<RecommendationReason> reasons) {

    public RecommendedMovie {
        reasons = List.copyOf(reasons);
    }
}

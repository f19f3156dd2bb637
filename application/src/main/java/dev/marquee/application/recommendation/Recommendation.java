package dev.marquee.application.recommendation;

import java.util.List;

/** A recommended movie, its score, and the contributions that add up to it, largest first. */
public record Recommendation(long movieId, double score, List<Contribution> contributions) {

    public Recommendation {
        contributions = List.copyOf(contributions);
    }

    /** The largest contribution: the honest reason to give for this movie. */
    public Contribution topReason() {
        return contributions.get(0);
    }
}

package dev.marquee.application.recommendation;

/** Where a part of a recommendation's score came from, so a reason can say it truthfully. */
public enum ContributionSource {
    /** The item-item model: the candidate is a neighbour of a movie the user rated. */
    SIMILAR_TO_RATED,
    /**
     * The next-item model: people who rated the user's recent movie rated the candidate soon after.
     */
    RATED_AFTER,
    /** The content model: the candidate shares content with a movie the user rated. */
    SIMILAR_CONTENT,
    /** The popularity prior. */
    POPULAR
}

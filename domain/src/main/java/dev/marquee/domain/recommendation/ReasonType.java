package dev.marquee.domain.recommendation;

/** What made a movie a recommendation. */
public enum ReasonType {
    /**
     * People who rated a movie of the caller's history the same way rated this one too (item-item
     * model).
     */
    SIMILAR_TO_RATED,
    /**
     * People who rated a recent movie of the caller's rated this one soon after (next-item model).
     */
    RATED_AFTER,
    /** People who liked one of the caller's favorites liked this one too (item-item model). */
    SIMILAR_TO_FAVORITE,
    /** People who liked a movie on the caller's watchlist liked this one too (item-item model). */
    SIMILAR_TO_WATCHLISTED,
    /** Much rated among the movies of one of the caller's favorite genres (cold start). */
    POPULAR_IN_GENRE,
    /** Much rated overall. */
    POPULAR
}

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
    /**
     * Shares content (keywords, genres) with a movie of the caller's history (content model); the
     * reason's movie id names that movie.
     */
    SIMILAR_CONTENT,
    /**
     * Shares a cast member with a movie of the caller's history, the strongest shared feature of
     * the pair (content model); the reason's person id names the cast member.
     */
    SAME_CAST,
    /** Much rated among the movies of one of the caller's favorite genres (cold start). */
    POPULAR_IN_GENRE,
    /** Much rated overall. */
    POPULAR
}

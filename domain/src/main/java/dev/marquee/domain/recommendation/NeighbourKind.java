package dev.marquee.domain.recommendation;

/** Which neighbour table a row belongs to. */
public enum NeighbourKind {
    /** The item-item model: movies rated like this one by the same people. */
    SIMILAR,
    /** The next-item model: movies people rated soon after this one. */
    RATED_AFTER,
    /**
     * The content model: movies sharing this one's genres, keywords and cast, weighted by rarity.
     */
    CONTENT
}

package dev.marquee.domain.recommendation;

import java.util.List;

/**
 * One row of the content model ({@link NeighbourKind#CONTENT}): {@code neighbourId} shares content
 * with {@code movieId} at that weight (cosine of their IDF-weighted features); {@code shared} are
 * the shared features that gave most of the weight, largest first; {@code neighbourPopularity} the
 * neighbour's popularity in the same model, 0 to 1.
 */
public record ContentNeighbour(
        long movieId,
        long neighbourId,
        double weight,
        List<ContentFeature> shared,
        double neighbourPopularity) {

    public ContentNeighbour {
        shared = List.copyOf(shared);
    }
}

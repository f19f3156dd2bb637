package dev.marquee.domain.recommendation;

/**
 * One row of a model's neighbour tables: {@code neighbourId} is a neighbour of {@code movieId} of
 * the given kind with that weight; {@code neighbourPopularity} is the neighbour's popularity in the
 * same model, 0 to 1.
 */
public record MovieNeighbour(
        NeighbourKind kind,
        long movieId,
        long neighbourId,
        double weight,
        double neighbourPopularity) {}

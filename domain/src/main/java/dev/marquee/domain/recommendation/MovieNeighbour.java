package dev.marquee.domain.recommendation;

/**
 * One row of a built model's neighbour tables: {@code neighbourId} is a neighbour of {@code
 * movieId} of the given kind with that weight.
 */
public record MovieNeighbour(NeighbourKind kind, long movieId, long neighbourId, double weight) {}

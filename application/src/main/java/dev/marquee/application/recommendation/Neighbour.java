package dev.marquee.application.recommendation;

/**
 * One row of a neighbour table: a candidate movie and the weight it gets from the movie it
 * neighbours.
 */
public record Neighbour(long movieId, double weight) {}

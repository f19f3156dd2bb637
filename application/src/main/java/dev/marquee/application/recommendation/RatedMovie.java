package dev.marquee.application.recommendation;

/**
 * A rating in a user's live history as the scorer reads it: movie id, stars, and when (Unix
 * seconds).
 */
public record RatedMovie(long movieId, double rating, long ratedAt) {}

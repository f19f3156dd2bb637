package dev.marquee.application.recommendation;

/**
 * One rating as the model learns from it: who rated which movie, how many stars, and when (Unix
 * seconds).
 */
public record RatingEvent(long userId, long movieId, double rating, long ratedAt) {}

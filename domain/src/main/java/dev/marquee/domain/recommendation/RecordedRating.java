package dev.marquee.domain.recommendation;

/**
 * A stored rating as a model build reads it: who, which movie, how many stars, when (Unix seconds).
 */
public record RecordedRating(long userId, long movieId, double stars, long ratedAtEpochSecond) {}

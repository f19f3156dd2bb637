package dev.marquee.application.recommendation;

/** A movie the scorer ranked, with its score. */
public record ScoredMovie(long movieId, double score) {}

package dev.marquee.application.recommendation;

/**
 * One part of a recommendation's score: its source, the history movie behind it (0 for none), the
 * amount.
 */
public record Contribution(ContributionSource source, long becauseOfMovieId, double amount) {}

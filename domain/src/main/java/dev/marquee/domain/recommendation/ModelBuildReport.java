package dev.marquee.domain.recommendation;

/**
 * What a model build did: the version it made active, what it learnt from, what it stored, how long
 * it took.
 */
public record ModelBuildReport(
        long version, int ratings, int users, int movies, long neighbourRows, double seconds) {}

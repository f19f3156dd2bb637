package dev.marquee.domain.view;

import org.jspecify.annotations.Nullable;

/**
 * A popular movie for a caller without ratings: in one of their favorite genres (named here), or
 * overall.
 */
public record PopularPick(MovieSummary movie, @Nullable Long genreId, @Nullable String genreName) {}

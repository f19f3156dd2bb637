package dev.marquee.domain.view;

/**
 * A movie the user put in their favorites or on their watchlist, and when (Unix seconds); a movie
 * in both counts as a favorite, at the later of the two times.
 */
public record SavedMovie(long movieId, boolean favorite, long savedAtEpochSecond) {}

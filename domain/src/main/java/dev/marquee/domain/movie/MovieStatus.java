package dev.marquee.domain.movie;

/** Where a movie is in its life, after TMDB's statuses. */
public enum MovieStatus {
    RUMORED,
    PLANNED,
    IN_PRODUCTION,
    POST_PRODUCTION,
    RELEASED,
    CANCELED
}

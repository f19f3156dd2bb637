package dev.marquee.domain.view;

/**
 * A movie's page as a signed-in caller sees it: the page, and the movie's place in the caller's
 * library.
 */
public record MovieForCaller(MovieView movie, MyMovieState me) {}

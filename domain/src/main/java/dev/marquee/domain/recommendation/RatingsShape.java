package dev.marquee.domain.recommendation;

/**
 * How many ratings a build would learn from, by how many users, on how many movies: read before a
 * build, to know what it will need without loading it.
 */
public record RatingsShape(long ratings, long users, long movies) {

    public static final RatingsShape EMPTY = new RatingsShape(0, 0, 0);
}

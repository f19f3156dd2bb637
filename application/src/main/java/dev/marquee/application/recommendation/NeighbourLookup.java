package dev.marquee.application.recommendation;

import java.util.List;

/**
 * The precomputed model a server reads at request time: each movie's neighbour lists and
 * popularity.
 */
public interface NeighbourLookup {

    /** The item-item neighbours of a movie, strongest first (empty when it has none). */
    List<Neighbour> similarTo(long movieId);

    /** The movies people rated soon after this one, strongest first (empty when there are none). */
    List<Neighbour> ratedAfter(long movieId);

    /**
     * The movies sharing this one's content (genres, keywords, cast), strongest first (empty when
     * the model has no content part).
     */
    default List<Neighbour> similarByContent(long movieId) {
        return List.of();
    }

    /** The movie's popularity between 0 and 1. */
    double popularity(long movieId);

    /** The most popular movies, most popular first: the candidates when a history gives too few. */
    List<Long> mostPopular(int count);
}

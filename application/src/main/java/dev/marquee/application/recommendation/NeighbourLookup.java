package dev.marquee.application.recommendation;

import dev.marquee.domain.recommendation.NeighbourList;
import java.util.List;

/**
 * The precomputed model a server reads at request time: each movie's neighbour lists and
 * popularity.
 */
public interface NeighbourLookup {

    /** The item-item neighbours of a movie, strongest first (empty when it has none). */
    NeighbourList similarTo(long movieId);

    /** The movies people rated soon after this one, strongest first (empty when there are none). */
    NeighbourList ratedAfter(long movieId);

    /**
     * The movies sharing this one's content (genres, keywords, cast), strongest first (empty when
     * the model has no content part).
     */
    default NeighbourList similarByContent(long movieId) {
        return NeighbourList.NONE;
    }

    /** The movie's popularity between 0 and 1. */
    double popularity(long movieId);

    /** The most popular movies, most popular first: the candidates when a history gives too few. */
    List<Long> mostPopular(int count);
}

package dev.marquee.application.recommendation;

import java.util.Arrays;

/**
 * The movies a model can recommend, numbered 0..size-1 in ascending id order so ties break the same
 * way.
 */
public final class Catalogue {

    private final long[] movieIds;

    private Catalogue(long[] sortedDistinctIds) {
        this.movieIds = sortedDistinctIds;
    }

    public static Catalogue of(long[] movieIds) {
        return new Catalogue(Arrays.stream(movieIds).distinct().sorted().toArray());
    }

    public int size() {
        return movieIds.length;
    }

    public long movieId(int item) {
        return movieIds[item];
    }

    /** The item number of a movie, or a negative number when the movie is not in the catalogue. */
    public int itemOf(long movieId) {
        int found = Arrays.binarySearch(movieIds, movieId);
        return found >= 0 ? found : -1;
    }
}

package dev.marquee.domain.recommendation;

import java.util.Arrays;

/**
 * One movie's neighbours of one kind in a model, strongest first, held as two columns so a request
 * that reads thousands of them allocates no object per neighbour.
 */
public final class NeighbourList {

    public static final NeighbourList NONE = new NeighbourList(new long[0], new double[0]);

    private final long[] movieIds;
    private final double[] weights;

    /** The arrays are kept as given, not copied: whoever passes them no longer writes them. */
    public NeighbourList(long[] movieIds, double[] weights) {
        if (movieIds.length != weights.length) {
            throw new IllegalArgumentException(
                    movieIds.length + " neighbours but " + weights.length + " weights");
        }
        this.movieIds = movieIds;
        this.weights = weights;
    }

    public int size() {
        return movieIds.length;
    }

    public boolean isEmpty() {
        return movieIds.length == 0;
    }

    public long movieId(int index) {
        return movieIds[index];
    }

    public double weight(int index) {
        return weights[index];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NeighbourList list
                && Arrays.equals(movieIds, list.movieIds)
                && Arrays.equals(weights, list.weights);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(movieIds) + Arrays.hashCode(weights);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("[");
        for (int i = 0; i < movieIds.length; i++) {
            text.append(i == 0 ? "" : ", ").append(movieIds[i]).append('=').append(weights[i]);
        }
        return text.append(']').toString();
    }
}

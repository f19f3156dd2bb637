package dev.marquee.application.recommendation;

import java.util.Arrays;

/**
 * Each catalogue item's strongest neighbours, best first, with their weights: the table a build
 * stores.
 */
public final class ItemNeighbours {

    private final int[][] neighbours;
    private final double[][] weights;

    ItemNeighbours(int[][] neighbours, double[][] weights) {
        this.neighbours = neighbours;
        this.weights = weights;
    }

    public int itemCount() {
        return neighbours.length;
    }

    public int[] neighboursOf(int item) {
        return neighbours[item];
    }

    public double[] weightsOf(int item) {
        return weights[item];
    }

    /** How many (item, neighbour) rows the table holds. */
    public long rowCount() {
        long rows = 0;
        for (int[] row : neighbours) {
            rows += row.length;
        }
        return rows;
    }

    /**
     * Builds a table row by row from dense weight rows, keeping the {@code k} largest positive
     * weights.
     */
    static final class Builder {

        private final int[][] neighbours;
        private final double[][] weights;
        private final int k;

        Builder(int items, int k) {
            this.neighbours = new int[items][0];
            this.weights = new double[items][0];
            this.k = k;
        }

        /**
         * Keeps the best {@code k} of {@code candidates} (weights read from {@code row}), ties to
         * the lower item.
         */
        void keep(int item, double[] row, int[] candidates, int candidateCount) {
            int[] best = new int[Math.min(k, candidateCount)];
            int size = 0;
            for (int c = 0; c < candidateCount; c++) {
                int candidate = candidates[c];
                double weight = row[candidate];
                if (candidate == item
                        || !(weight > 0)
                        || (size == best.length && !better(row, candidate, best[size - 1]))) {
                    continue;
                }
                int position = size == best.length ? size - 1 : size++;
                while (position > 0 && better(row, candidate, best[position - 1])) {
                    best[position] = best[position - 1];
                    position--;
                }
                best[position] = candidate;
            }
            neighbours[item] = Arrays.copyOf(best, size);
            weights[item] = new double[size];
            for (int i = 0; i < size; i++) {
                weights[item][i] = row[neighbours[item][i]];
            }
        }

        private static boolean better(double[] row, int candidate, int than) {
            return row[candidate] > row[than] || (row[candidate] == row[than] && candidate < than);
        }

        ItemNeighbours build() {
            return new ItemNeighbours(neighbours, weights);
        }
    }
}

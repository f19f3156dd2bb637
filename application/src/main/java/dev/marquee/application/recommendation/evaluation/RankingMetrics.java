package dev.marquee.application.recommendation.evaluation;

import java.util.Arrays;

/**
 * Binary-relevance ranking metrics of one list against one user's relevant items (sorted
 * ascending).
 */
public final class RankingMetrics {

    private RankingMetrics() {}

    /**
     * DCG of the first {@code k} ranks (gain 1 / log2(rank + 1)) over the DCG of a perfect list.
     */
    public static double ndcg(int[] ranked, int[] relevantSorted, int k) {
        double dcg = 0;
        for (int rank = 0; rank < Math.min(k, ranked.length); rank++) {
            if (Arrays.binarySearch(relevantSorted, ranked[rank]) >= 0) {
                dcg += discount(rank);
            }
        }
        double ideal = 0;
        for (int rank = 0; rank < Math.min(k, relevantSorted.length); rank++) {
            ideal += discount(rank);
        }
        return ideal == 0 ? 0 : dcg / ideal;
    }

    /** The share of the relevant items found in the first {@code k} ranks. */
    public static double recall(int[] ranked, int[] relevantSorted, int k) {
        if (relevantSorted.length == 0) {
            return 0;
        }
        long found =
                Arrays.stream(ranked)
                        .limit(k)
                        .filter(item -> Arrays.binarySearch(relevantSorted, item) >= 0)
                        .count();
        return (double) found / relevantSorted.length;
    }

    private static double discount(int zeroBasedRank) {
        return 1 / (Math.log(zeroBasedRank + 2) / Math.log(2));
    }
}

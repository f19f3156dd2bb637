package dev.marquee.application.recommendation.evaluation;

import java.util.BitSet;

/**
 * Trains a recommender on a split's training part and scores its lists against the held-out
 * relevant items: NDCG@10, Recall@20, and coverage, the share of the catalogue that appears in at
 * least one user's top 10.
 */
public final class OfflineEvaluation {

    public static final int NDCG_DEPTH = 10;
    public static final int RECALL_DEPTH = 20;

    private OfflineEvaluation() {}

    public static EvaluationResult run(Recommender recommender, TimeSplit split) {
        long started = System.nanoTime();
        Ranker ranker = recommender.train(split.training());
        int[] users = split.evaluatedUsers();
        double ndcg = 0;
        double recall = 0;
        BitSet shown = new BitSet(split.training().catalogue().size());
        for (int user : users) {
            int[] ranked = ranker.top(user, Math.max(NDCG_DEPTH, RECALL_DEPTH));
            int[] relevant = split.relevant().get(user);
            ndcg += RankingMetrics.ndcg(ranked, relevant, NDCG_DEPTH);
            recall += RankingMetrics.recall(ranked, relevant, RECALL_DEPTH);
            for (int rank = 0; rank < Math.min(NDCG_DEPTH, ranked.length); rank++) {
                shown.set(ranked[rank]);
            }
        }
        int evaluated = Math.max(users.length, 1);
        return new EvaluationResult(
                recommender.name(),
                recommender.settings(),
                ndcg / evaluated,
                recall / evaluated,
                (double) shown.cardinality() / split.training().catalogue().size(),
                users.length,
                (System.nanoTime() - started) / 1e9);
    }
}

package dev.marquee.application.recommendation.evaluation;

import java.util.List;
import java.util.function.Consumer;

/**
 * Picks among settings of one recommender by NDCG@10 on a validation split; ties go to the earlier
 * setting.
 */
public final class Tuning {

    private Tuning() {}

    public static Recommender best(
            List<? extends Recommender> candidates,
            TimeSplit validation,
            Consumer<EvaluationResult> tried) {
        Recommender best = null;
        double bestNdcg = Double.NEGATIVE_INFINITY;
        for (Recommender candidate : candidates) {
            EvaluationResult result = OfflineEvaluation.run(candidate, validation);
            tried.accept(result);
            if (result.ndcgAt10() > bestNdcg) {
                best = candidate;
                bestNdcg = result.ndcgAt10();
            }
        }
        if (best == null) {
            throw new IllegalArgumentException("no settings to tune over");
        }
        return best;
    }
}

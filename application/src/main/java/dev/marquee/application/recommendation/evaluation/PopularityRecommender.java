package dev.marquee.application.recommendation.evaluation;

import dev.marquee.application.recommendation.Interactions;

/** The baseline everyone should beat: the most-rated movies the user has not rated. */
public final class PopularityRecommender implements Recommender {

    @Override
    public String name() {
        return "popularity";
    }

    @Override
    public String settings() {
        return "training rating count";
    }

    @Override
    public Ranker train(Interactions training) {
        int[] counts = training.ratingsPerItem();
        return new ScoringRanker(training) {
            @Override
            void score(int user, double[] scores) {
                for (int item = 0; item < scores.length; item++) {
                    scores[item] = counts[item];
                }
            }
        };
    }
}

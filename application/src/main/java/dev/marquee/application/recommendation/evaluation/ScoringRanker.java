package dev.marquee.application.recommendation.evaluation;

import dev.marquee.application.recommendation.Interactions;

/**
 * A ranker that scores every catalogue item for a user and keeps the best ones the user has not
 * rated.
 */
abstract class ScoringRanker implements Ranker {

    private final Interactions training;

    ScoringRanker(Interactions training) {
        this.training = training;
    }

    abstract void score(int user, double[] scores);

    @Override
    public int[] top(int user, int count) {
        double[] scores = new double[training.catalogue().size()];
        score(user, scores);
        return TopItems.of(scores, training.user(user), count);
    }
}

package dev.marquee.application.recommendation.evaluation;

import dev.marquee.application.recommendation.EaseModel;
import dev.marquee.application.recommendation.Interactions;
import dev.marquee.application.recommendation.RatingValue;

/** The EASE baseline on 0/1 ratings, scored with the full dense weight matrix. */
public final class EaseRecommender implements Recommender {

    private final double lambda;

    public EaseRecommender(double lambda) {
        this.lambda = lambda;
    }

    public double lambda() {
        return lambda;
    }

    @Override
    public String name() {
        return "EASE";
    }

    @Override
    public String settings() {
        return "lambda=" + lambda;
    }

    @Override
    public Ranker train(Interactions training) {
        EaseModel model = EaseModel.fit(training, RatingValue.RATED, lambda);
        return new ScoringRanker(training) {
            @Override
            void score(int user, double[] scores) {
                model.scoreUser(user, scores);
            }
        };
    }
}

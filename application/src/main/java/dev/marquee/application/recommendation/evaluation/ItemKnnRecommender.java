package dev.marquee.application.recommendation.evaluation;

import dev.marquee.application.recommendation.CosineNeighbours;
import dev.marquee.application.recommendation.Interactions;
import dev.marquee.application.recommendation.ItemNeighbours;
import dev.marquee.application.recommendation.UserHistory;

/**
 * Item-kNN: a movie scores the summed cosine similarity to the user's rated movies whose top k it
 * is in.
 */
public final class ItemKnnRecommender implements Recommender {

    private final int k;

    public ItemKnnRecommender(int k) {
        this.k = k;
    }

    @Override
    public String name() {
        return "item-kNN";
    }

    @Override
    public String settings() {
        return "cosine, k=" + k;
    }

    @Override
    public Ranker train(Interactions training) {
        ItemNeighbours neighbours = CosineNeighbours.build(training, k);
        return new ScoringRanker(training) {
            @Override
            void score(int user, double[] scores) {
                UserHistory history = training.user(user);
                for (int i = 0; i < history.size(); i++) {
                    int[] similar = neighbours.neighboursOf(history.item(i));
                    double[] weights = neighbours.weightsOf(history.item(i));
                    for (int n = 0; n < similar.length; n++) {
                        scores[similar[n]] += weights[n];
                    }
                }
            }
        };
    }
}

package dev.marquee.application.recommendation.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.marquee.application.recommendation.Interactions;
import dev.marquee.application.recommendation.Ratings;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OfflineEvaluationTest {

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    /**
     * Five users over movies 1..8, five ratings each: the first four train, the fifth is held out.
     */
    private static Interactions fixture() {
        return Ratings.of()
                .add(1, 1, 4, 1)
                .add(1, 2, 4, 2)
                .add(1, 3, 4, 3)
                .add(1, 4, 4, 4)
                .add(1, 5, 5, 5)
                .add(2, 1, 4, 1)
                .add(2, 2, 4, 2)
                .add(2, 3, 4, 3)
                .add(2, 5, 4, 4)
                .add(2, 4, 4.5, 5)
                .add(3, 1, 4, 1)
                .add(3, 2, 4, 2)
                .add(3, 3, 4, 3)
                .add(3, 4, 4, 4)
                .add(3, 6, 2, 5)
                .add(4, 1, 4, 1)
                .add(4, 2, 4, 2)
                .add(4, 4, 3, 3)
                .add(4, 6, 1, 4)
                .add(4, 3, 4, 5)
                .add(5, 1, 4, 1)
                .add(5, 6, 4, 2)
                .add(5, 7, 1, 3)
                .add(5, 8, 1, 4)
                .add(5, 2, 5, 5)
                .over(1, 2, 3, 4, 5, 6, 7, 8);
    }

    @Test
    void scoresPopularityByHandOnATinyFixture() {
        TimeSplit split = TimeSplit.of(fixture());
        assertThat(split.training().ratingsPerItem()).containsExactly(5, 4, 3, 3, 1, 2, 1, 1);

        EvaluationResult result = OfflineEvaluation.run(new PopularityRecommender(), split);

        // Popularity order: 1, 2, 3, 4, 6, then 5, 7, 8 (one rating each, ties to the lower id).
        // User 1: training 1,2,3,4; list 6, 5, 7, 8; relevant {5} at rank 2: NDCG 1/log2(3), recall
        // 1.
        // User 2: training 1,2,3,5; list 4, 6, 7, 8; relevant {4} at rank 1: NDCG 1, recall 1.
        // User 3: held out 6 with 2 stars, so nothing relevant: not evaluated.
        // User 4: training 1,2,4,6; list 3, 5, 7, 8; relevant {3} at rank 1: NDCG 1, recall 1.
        // User 5: training 1,6,7,8; list 2, 3, 4, 5; relevant {2} at rank 1: NDCG 1, recall 1.
        assertThat(result.users()).isEqualTo(4);
        assertThat(result.ndcgAt10()).isCloseTo((1 / log2(3) + 3) / 4, within(1e-12));
        assertThat(result.recallAt20()).isEqualTo(1.0);
        // Top-10 lists together show every movie but 1.
        assertThat(result.coverage()).isEqualTo(7.0 / 8);
    }

    @Test
    void neverRanksAMovieTheUserRatedInTraining() {
        TimeSplit split = TimeSplit.of(fixture());
        Ranker ranker = new PopularityRecommender().train(split.training());

        for (int user = 0; user < split.training().userCount(); user++) {
            var history = split.training().user(user);
            int[] rated = IntStream.range(0, history.size()).map(history::item).toArray();
            assertThat(ranker.top(user, 20)).doesNotContain(rated).hasSize(8 - rated.length);
        }
    }
}

package dev.marquee.application.recommendation.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.application.recommendation.Interactions;
import dev.marquee.application.recommendation.ModelSettings;
import dev.marquee.application.recommendation.NeighbourModelBuild;
import dev.marquee.application.recommendation.Ratings;
import dev.marquee.application.recommendation.ScoringSettings;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MarqueeRecommenderTest {

    @Test
    void ranksOnlyMoviesTheUserHasNotRatedInTrainingThroughTheServedTable() {
        Random random = new Random(5);
        Ratings ratings = Ratings.of();
        for (int user = 1; user <= 30; user++) {
            for (int movie = 1; movie <= 40; movie++) {
                if (random.nextDouble() < 0.3) {
                    ratings.add(user, movie, 1 + random.nextInt(5), random.nextInt(10_000));
                }
            }
        }
        TimeSplit split =
                TimeSplit.of(ratings.over(IntStream.rangeClosed(1, 40).asLongStream().toArray()));
        ModelSettings model = new ModelSettings(10, 0.5, 10, 1, 3, 0, 0, 1, 10);
        Recommender marquee =
                new MarqueeRecommender(
                        "test",
                        training -> NeighbourModelBuild.run(training, model),
                        new ScoringSettings(1, 5, 0.3, 3, 0.01));

        Ranker ranker = marquee.train(split.training());

        Interactions training = split.training();
        for (int user = 0; user < training.userCount(); user++) {
            var history = training.user(user);
            int[] rated = IntStream.range(0, history.size()).map(history::item).toArray();
            int[] top = ranker.top(user, 20);
            assertThat(top)
                    .doesNotContain(rated)
                    .doesNotHaveDuplicates()
                    .hasSize(Math.min(20, 40 - rated.length));
        }
    }
}

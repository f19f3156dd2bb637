package dev.marquee.application.recommendation.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.application.recommendation.Interactions;
import dev.marquee.application.recommendation.Ratings;
import dev.marquee.application.recommendation.UserHistory;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TimeSplitTest {

    @Test
    void holdsOutEachUsersLastFifthByTimeNotByFileOrder() {
        Ratings ratings = Ratings.of();
        long[] movies = {10, 20, 30, 40, 50, 60, 70, 80, 90, 100};
        for (int i = 0; i < movies.length; i++) {
            ratings.add(1, movies[i], 5, 1000 - i);
        }
        Interactions all = ratings.over(movies);

        TimeSplit split = TimeSplit.of(all);

        UserHistory training = split.training().user(0);
        assertThat(training.size()).isEqualTo(8);
        assertThat(movieIds(split.training(), split.relevant().get(0))).containsExactly(10, 20);
        assertThat(training.ratedAt(training.size() - 1)).isEqualTo(1000 - 2);
    }

    @Test
    void relevantMeansHeldOutWithFourStarsOrMore() {
        Interactions all =
                Ratings.of()
                        .add(1, 1, 5, 1)
                        .add(1, 2, 4, 2)
                        .add(1, 3, 3, 3)
                        .add(1, 4, 5, 4)
                        .add(1, 5, 2, 5)
                        .add(1, 6, 4, 6)
                        .add(1, 7, 3.5, 7)
                        .add(1, 8, 4, 8)
                        .add(1, 9, 4, 9)
                        .add(1, 10, 3.5, 10)
                        .over(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);

        TimeSplit split = TimeSplit.of(all);

        assertThat(movieIds(all, split.relevant().get(0))).containsExactly(9);
        assertThat(split.evaluatedUsers()).containsExactly(0);
    }

    @Test
    void aUserWithNoRelevantHeldOutMovieIsNotEvaluated() {
        Interactions all =
                Ratings.of()
                        .add(1, 1, 5, 1)
                        .add(1, 2, 5, 2)
                        .add(1, 3, 3, 3)
                        .add(2, 1, 4, 1)
                        .add(2, 2, 3, 2)
                        .add(2, 3, 4, 3)
                        .over(1, 2, 3);

        TimeSplit split = TimeSplit.of(all);

        assertThat(split.evaluatedUsers()).containsExactly(1);
    }

    @Test
    void holdsOutAtLeastOneRatingAndRoundsTheTrainingPartDown() {
        assertThat(TimeSplit.trainingSize(3, 0.2)).isEqualTo(2);
        assertThat(TimeSplit.trainingSize(4, 0.2)).isEqualTo(3);
        assertThat(TimeSplit.trainingSize(5, 0.2)).isEqualTo(4);
        assertThat(TimeSplit.trainingSize(9, 0.2)).isEqualTo(7);
        assertThat(TimeSplit.trainingSize(20, 0.2)).isEqualTo(16);
    }

    @Test
    void aValidationSplitIsCarvedFromTheTrainingPartOnly() {
        Ratings ratings = Ratings.of();
        for (int i = 1; i <= 25; i++) {
            ratings.add(1, i, 4, i);
        }
        TimeSplit test =
                TimeSplit.of(
                        ratings.over(java.util.stream.LongStream.rangeClosed(1, 25).toArray()));

        TimeSplit validation = TimeSplit.of(test.training());

        assertThat(validation.training().user(0).size()).isEqualTo(16);
        assertThat(movieIds(test.training(), validation.relevant().get(0)))
                .containsExactly(17, 18, 19, 20);
        assertThat(movieIds(test.training(), test.relevant().get(0)))
                .containsExactly(21, 22, 23, 24, 25);
    }

    private static long[] movieIds(Interactions interactions, int[] items) {
        return Arrays.stream(items).mapToLong(interactions.catalogue()::movieId).toArray();
    }
}

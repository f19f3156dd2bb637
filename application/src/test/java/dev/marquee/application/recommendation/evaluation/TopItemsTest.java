package dev.marquee.application.recommendation.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.application.recommendation.Interactions;
import dev.marquee.application.recommendation.Ratings;
import org.junit.jupiter.api.Test;

class TopItemsTest {

    private final Interactions ratedSecondAndFifth =
            Ratings.of().add(1, 2, 4, 1).add(1, 5, 4, 2).over(1, 2, 3, 4, 5, 6);

    @Test
    void keepsTheBestUnratedItemsBestFirst() {
        double[] scores = {0.1, 9, 0.7, 0.3, 8, 0.5};

        assertThat(TopItems.of(scores, ratedSecondAndFifth.user(0), 3)).containsExactly(2, 5, 3);
    }

    @Test
    void equalScoresGoToTheLowerItem() {
        double[] scores = {1, 1, 1, 2, 1, 1};

        assertThat(TopItems.of(scores, ratedSecondAndFifth.user(0), 3)).containsExactly(3, 0, 2);
    }

    @Test
    void returnsFewerWhenTheCatalogueRunsOut() {
        assertThat(TopItems.of(new double[6], ratedSecondAndFifth.user(0), 10))
                .containsExactly(0, 2, 3, 5);
        assertThat(TopItems.of(new double[6], ratedSecondAndFifth.user(0), 0)).isEmpty();
    }
}

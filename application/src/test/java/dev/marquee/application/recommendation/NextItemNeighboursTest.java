package dev.marquee.application.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class NextItemNeighboursTest {

    // User 1 rates 1, 2, 3 in that order; user 2 rates 1, 3; user 3 rates 3, 1.
    private final Interactions training =
            Ratings.of()
                    .add(1, 1, 4, 10)
                    .add(1, 2, 4, 20)
                    .add(1, 3, 4, 30)
                    .add(2, 1, 4, 10)
                    .add(2, 3, 2, 20)
                    .add(3, 3, 4, 10)
                    .add(3, 1, 4, 20)
                    .over(1, 2, 3);

    @Test
    void countsWhatCameNextAsAShareOfTheMoviesRatings() {
        ItemNeighbours next = NextItemNeighbours.build(training, 1, 1, 0, 0, 10);

        // Movie 1 (3 ratings) is followed by 2 once and by 3 once.
        assertThat(next.neighboursOf(0)).containsExactly(1, 2);
        assertThat(next.weightsOf(0)).containsExactly(1.0 / 3, 1.0 / 3);
        // Movie 3 (3 ratings) is followed by 1 once.
        assertThat(next.neighboursOf(2)).containsExactly(0);
    }

    @Test
    void aWiderWindowCountsLaterRatingsByOneOverTheirDistance() {
        ItemNeighbours next = NextItemNeighbours.build(training, 2, 1, 0, 0, 10);

        // Movie 1 -> 3: directly after for user 2 (1), two steps after for user 1 (1/2); over 3
        // ratings.
        assertThat(next.neighboursOf(0)).containsExactly(2, 1);
        assertThat(next.weightsOf(0)[0]).isCloseTo(1.5 / 3, within(1e-12));
    }

    @Test
    void dampingDividesByTheFollowersPopularity() {
        ItemNeighbours next = NextItemNeighbours.build(training, 1, 1, 1, 0, 10);

        // Movie 2 has one rating, movie 3 three: 1/3/1 against 1/3/3.
        assertThat(next.neighboursOf(0)).containsExactly(1, 2);
        assertThat(next.weightsOf(0)[1]).isCloseTo(1.0 / 9, within(1e-12));
    }

    @Test
    void withoutAStepDiscountEveryRatingInTheWindowCountsTheSame() {
        ItemNeighbours next = NextItemNeighbours.build(training, 2, 0, 0, 0, 10);

        // Movie 1 -> 3: once directly after (user 2), once two steps after (user 1); over 3
        // ratings.
        assertThat(next.weightsOf(0)[0]).isCloseTo(2.0 / 3, within(1e-12));
    }

    @Test
    void shrinkageAddsToTheMoviesRatingCount() {
        ItemNeighbours next = NextItemNeighbours.build(training, 1, 1, 0, 3, 10);

        // Movie 1 (3 ratings) is followed by 2 once: 1 / (3 + 3).
        assertThat(next.weightsOf(0)[0]).isCloseTo(1.0 / 6, within(1e-12));
    }
}

package dev.marquee.application.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CosineNeighboursTest {

    @Test
    void weighsNeighboursByTheCosineOfWhoRatedThem() {
        // Movie 1: users 1,2,3. Movie 2: users 1,2. Movie 3: user 3. Movie 4: nobody in common with
        // 1.
        Interactions training =
                Ratings.of()
                        .add(1, 1, 4, 1)
                        .add(2, 1, 2, 1)
                        .add(3, 1, 5, 1)
                        .add(1, 2, 3, 2)
                        .add(2, 2, 3, 2)
                        .add(3, 3, 1, 2)
                        .add(4, 4, 4, 1)
                        .over(1, 2, 3, 4);

        ItemNeighbours table = CosineNeighbours.build(training, 5);

        assertThat(table.neighboursOf(0)).containsExactly(1, 2);
        assertThat(table.weightsOf(0)[0]).isCloseTo(2 / Math.sqrt(6), within(1e-12));
        assertThat(table.weightsOf(0)[1]).isCloseTo(1 / Math.sqrt(3), within(1e-12));
        assertThat(table.neighboursOf(3)).isEmpty();
    }

    @Test
    void keepsOnlyTheTopK() {
        Interactions training =
                Ratings.of()
                        .add(1, 1, 4, 1)
                        .add(2, 1, 2, 1)
                        .add(3, 1, 5, 1)
                        .add(1, 2, 3, 2)
                        .add(2, 2, 3, 2)
                        .add(3, 3, 1, 2)
                        .over(1, 2, 3);

        assertThat(CosineNeighbours.build(training, 1).neighboursOf(0)).containsExactly(1);
    }
}

package dev.marquee.application.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InteractionsTest {

    @Test
    void ordersEachHistoryByTimeThenByMovie() {
        Interactions all =
                Ratings.of()
                        .add(7, 30, 4, 200)
                        .add(7, 20, 3, 100)
                        .add(7, 10, 5, 200)
                        .over(10, 20, 30);

        UserHistory user = all.user(0);

        assertThat(
                        new long[] {
                            all.catalogue().movieId(user.item(0)),
                            all.catalogue().movieId(user.item(1)),
                            all.catalogue().movieId(user.item(2))
                        })
                .containsExactly(20, 10, 30);
        assertThat(user.rating(0)).isEqualTo(3);
    }

    @Test
    void numbersUsersAndMoviesInIdOrderAndDropsMoviesOutsideTheCatalogue() {
        Interactions all =
                Ratings.of().add(9, 30, 4, 1).add(2, 10, 3, 1).add(2, 99, 5, 2).over(30, 10);

        assertThat(all.user(0).userId()).isEqualTo(2);
        assertThat(all.user(0).size()).isEqualTo(1);
        assertThat(all.catalogue().movieId(0)).isEqualTo(10);
        assertThat(all.catalogue().itemOf(99)).isNegative();
    }

    @Test
    void keepsTheLatestRatingWhenAUserRatedAMovieTwice() {
        Interactions all =
                Ratings.of().add(1, 10, 2, 5).add(1, 10, 4.5, 9).add(1, 10, 1, 7).over(10);

        assertThat(all.user(0).size()).isEqualTo(1);
        assertThat(all.user(0).rating(0)).isEqualTo(4.5);
    }
}

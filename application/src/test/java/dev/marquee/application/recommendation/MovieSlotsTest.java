package dev.marquee.application.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MovieSlotsTest {

    @Test
    void moviesAreNumberedInTheOrderFirstAddedAndKeepTheirSlot() {
        MovieSlots slots = new MovieSlots(4);

        assertThat(slots.add(42)).isZero();
        assertThat(slots.add(7)).isEqualTo(1);
        assertThat(slots.add(42)).isZero();

        assertThat(slots.size()).isEqualTo(2);
        assertThat(slots.slotOf(7)).isEqualTo(1);
        assertThat(slots.slotOf(8)).isEqualTo(-1);
        assertThat(slots.movieId(0)).isEqualTo(42);
        assertThat(slots.movieId(1)).isEqualTo(7);
    }

    @Test
    void agreesWithAMapWhenGrownFarBeyondItsFirstSizeIncludingCollidingIds() {
        MovieSlots slots = new MovieSlots(1);
        Map<Long, Integer> expected = new LinkedHashMap<>();
        Random random = new Random(13);
        for (int i = 0; i < 20_000; i++) {
            long movie =
                    switch (i % 3) {
                        case 0 -> random.nextInt(5_000);
                        case 1 -> (long) random.nextInt(64) << 32;
                        default -> -1 - random.nextInt(100);
                    };
            Integer known = expected.putIfAbsent(movie, expected.size());
            assertThat(slots.add(movie)).isEqualTo(known == null ? expected.size() - 1 : known);
        }

        assertThat(slots.size()).isEqualTo(expected.size());
        expected.forEach(
                (movie, slot) -> {
                    assertThat(slots.slotOf(movie)).isEqualTo(slot);
                    assertThat(slots.movieId(slot)).isEqualTo(movie);
                });
    }

    @Test
    void theFreeMarkerIsNotAMovieId() {
        assertThatThrownBy(() -> new MovieSlots(1).add(Long.MIN_VALUE))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

package dev.marquee.domain.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marquee.domain.shared.InvalidInputException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class TmdbMovieTest {

    @Test
    void zeroBudgetRevenueAndRuntimeMeanUnknown() {
        TmdbMovie movie = movie(1, "Avatar", BigDecimal.ZERO, BigDecimal.ZERO, 0);

        assertThat(movie.budget()).isNull();
        assertThat(movie.revenue()).isNull();
        assertThat(movie.runtime()).isNull();
    }

    @Test
    void keepsKnownFiguresAsTheyAre() {
        TmdbMovie movie =
                movie(1, "Avatar", new BigDecimal("237000000"), new BigDecimal("2787965087"), 162);

        assertThat(movie.budget()).isEqualByComparingTo("237000000");
        assertThat(movie.runtime()).isEqualTo(162);
    }

    @Test
    void rejectsABlankTitleANegativeBudgetAndANonPositiveId() {
        assertThatThrownBy(() -> movie(1, " ", null, null, null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("title must not be blank");
        assertThatThrownBy(() -> movie(1, "A", new BigDecimal("-1"), null, null))
                .hasMessage("budget must not be negative");
        assertThatThrownBy(() -> movie(0, "A", null, null, null))
                .hasMessage("id must be a positive integer");
    }

    @Test
    void dropsBlankAndRepeatedKeywords() {
        TmdbMovie movie =
                new TmdbMovie(
                        1,
                        "A",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        0,
                        null,
                        0,
                        List.of(),
                        List.of(),
                        List.of("space war\u00a0", " ", "space war"));

        assertThat(movie.keywords()).containsExactly("space war");
    }

    private static TmdbMovie movie(
            int id, String title, BigDecimal budget, BigDecimal revenue, Integer runtime) {
        return new TmdbMovie(
                id, title, null, null, null, budget, revenue, runtime, null, null, "en", 1.5, null,
                0, List.of(), List.of(), List.of());
    }
}

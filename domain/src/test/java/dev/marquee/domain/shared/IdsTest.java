package dev.marquee.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marquee.domain.country.CountryId;
import dev.marquee.domain.genre.GenreId;
import dev.marquee.domain.user.UserId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdsTest {

    @ParameterizedTest
    @ValueSource(longs = {0, -1, Long.MIN_VALUE})
    void genreIdRejectsNonPositiveValues(long value) {
        assertThatThrownBy(() -> new GenreId(value))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e ->
                                assertThat(e.violations())
                                        .extracting(InvalidInputException.FieldViolation::field)
                                        .containsExactly("genreId"));
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1})
    void countryIdRejectsNonPositiveValues(long value) {
        assertThatThrownBy(() -> new CountryId(value))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e ->
                                assertThat(e.violations())
                                        .extracting(InvalidInputException.FieldViolation::field)
                                        .containsExactly("countryId"));
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1})
    void userIdRejectsNonPositiveValues(long value) {
        assertThatThrownBy(() -> new UserId(value))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e ->
                                assertThat(e.violations())
                                        .extracting(InvalidInputException.FieldViolation::field)
                                        .containsExactly("userId"));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 42, Long.MAX_VALUE})
    void acceptsPositiveValues(long value) {
        assertThat(new GenreId(value).value()).isEqualTo(value);
        assertThat(new CountryId(value).value()).isEqualTo(value);
        assertThat(new UserId(value).value()).isEqualTo(value);
    }

    @Test
    void requirePositiveReturnsTheValue() {
        assertThat(Ids.requirePositive(5, "movieId")).isEqualTo(5);
    }
}

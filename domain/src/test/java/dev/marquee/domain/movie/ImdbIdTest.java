package dev.marquee.domain.movie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marquee.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ImdbIdTest {

    @Test
    void keepsAnIdOfTtAndSevenToTenDigitsWithoutSurroundingSpace() {
        assertThat(new ImdbId(" tt0113277 ").value()).isEqualTo("tt0113277");
        assertThat(new ImdbId("tt1234567890").value()).isEqualTo("tt1234567890");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0113277", "tt011327", "tt12345678901", "TT0113277", "tt01132x7"})
    void refusesAnythingElseNamingImdbId(String value) {
        assertThatThrownBy(() -> new ImdbId(value))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("imdbId"));
    }
}

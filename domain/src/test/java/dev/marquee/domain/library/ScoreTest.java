package dev.marquee.domain.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marquee.domain.shared.InvalidInputException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScoreTest {

    @ParameterizedTest
    @ValueSource(strings = {"0.5", "1", "2.50", "4.5", "5.0"})
    void acceptsHalfStarsFromHalfToFiveWithOneDecimal(String value) {
        Score score = new Score(new BigDecimal(value));

        assertThat(score.value().scale()).isEqualTo(1);
        assertThat(score.value()).isEqualByComparingTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.25", "5.5", "3.3", "-1", "4.55"})
    void rejectsScoreOutsideHalfStarSteps(String value) {
        assertThatThrownBy(() -> new Score(new BigDecimal(value)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("score"));
    }

    @Test
    void noValueIsNoScore() {
        assertThatThrownBy(() -> new Score(null)).isInstanceOf(InvalidInputException.class);
    }
}

package dev.marquee.domain.country;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marquee.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class CountryNameTest {

    @Test
    void trimsSurroundingWhitespace() {
        assertThat(new CountryName(" France  ").value()).isEqualTo("France");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  ", "\n"})
    void rejectsMissingOrBlankName(String blank) {
        assertThatThrownBy(() -> new CountryName(blank))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e ->
                                assertThat(e.violations())
                                        .extracting(InvalidInputException.FieldViolation::field)
                                        .containsExactly("name"));
    }

    @Test
    void acceptsNameOfMaximumLength() {
        assertThat(new CountryName("x".repeat(CountryName.MAX_LENGTH)).value()).hasSize(100);
    }

    @Test
    void rejectsNameOneCharacterTooLong() {
        assertThatThrownBy(() -> new CountryName("x".repeat(CountryName.MAX_LENGTH + 1)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("at most 100");
    }

    @Test
    void countsLengthInCodePoints() {
        String hundredSupplementary = "\uD801\uDC00".repeat(CountryName.MAX_LENGTH);

        assertThat(new CountryName(hundredSupplementary).value()).isEqualTo(hundredSupplementary);
        assertThatThrownBy(() -> new CountryName(hundredSupplementary + "\uD801\uDC00"))
                .isInstanceOf(InvalidInputException.class);
    }
}

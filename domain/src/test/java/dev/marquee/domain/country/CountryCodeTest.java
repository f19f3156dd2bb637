package dev.marquee.domain.country;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marquee.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class CountryCodeTest {

    @Test
    void storesCodeUpperCase() {
        assertThat(new CountryCode("fr").value()).isEqualTo("FR");
    }

    @Test
    void trimsSurroundingWhitespace() {
        assertThat(new CountryCode(" us ").value()).isEqualTo("US");
    }

    @Test
    void equalCodesRegardlessOfInputCase() {
        assertThat(new CountryCode("de")).isEqualTo(new CountryCode("DE"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"XX", "ZZ", "AA", "xx"})
    void rejectsUnassignedCodes(String unassigned) {
        assertThatThrownBy(() -> new CountryCode(unassigned))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e ->
                                assertThat(e.violations())
                                        .extracting(InvalidInputException.FieldViolation::field)
                                        .containsExactly("code"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"F", "FRA", "USA", "12", "F1", "F R", "FR1"})
    void rejectsInputThatIsNotTwoLetters(String malformed) {
        assertThatThrownBy(() -> new CountryCode(malformed))
                .isInstanceOf(InvalidInputException.class);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  "})
    void rejectsMissingOrBlankCode(String blank) {
        assertThatThrownBy(() -> new CountryCode(blank))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("code must not be blank");
    }
}

package dev.marquee.domain.genre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marquee.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class GenreNameTest {

    @Test
    void trimsSurroundingWhitespace() {
        assertThat(new GenreName("  Film Noir \t").value()).isEqualTo("Film Noir");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\t\n"})
    void rejectsMissingOrBlankName(String blank) {
        assertThatThrownBy(() -> new GenreName(blank))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e ->
                                assertThat(e.violations())
                                        .extracting(InvalidInputException.FieldViolation::field)
                                        .containsExactly("name"));
    }

    @Test
    void rejectsNameOfNoBreakSpacesOnly() {
        assertThatThrownBy(() -> new GenreName("\u00A0\u2007 \u00A0"))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void trimsNoBreakSpacesAtTheEnds() {
        assertThat(new GenreName("\u00A0Drama\u00A0").value()).isEqualTo("Drama");
    }

    @Test
    void acceptsNameOfMaximumLength() {
        String longest = "a".repeat(GenreName.MAX_LENGTH);

        assertThat(new GenreName(longest).value()).isEqualTo(longest);
    }

    @Test
    void rejectsNameOneCharacterTooLong() {
        assertThatThrownBy(() -> new GenreName("a".repeat(GenreName.MAX_LENGTH + 1)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("at most 50");
    }

    @Test
    void countsLengthInCodePointsNotUtf16Units() {
        String fiftyEmoji = "\uD83C\uDFAC".repeat(GenreName.MAX_LENGTH);

        assertThat(fiftyEmoji.length()).isEqualTo(2 * GenreName.MAX_LENGTH);
        assertThat(new GenreName(fiftyEmoji).value()).isEqualTo(fiftyEmoji);
    }

    @Test
    void rejectsTooManyCodePoints() {
        String fiftyOneEmoji = "\uD83C\uDFAC".repeat(GenreName.MAX_LENGTH + 1);

        assertThatThrownBy(() -> new GenreName(fiftyOneEmoji))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void appliesLengthLimitAfterTrimming() {
        String padded = "  " + "a".repeat(GenreName.MAX_LENGTH) + "  ";

        assertThat(new GenreName(padded).value()).hasSize(GenreName.MAX_LENGTH);
    }
}

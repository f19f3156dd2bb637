package dev.marquee.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marquee.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class PasswordTest {

    @Test
    void acceptsEightToOneHundredTwentyEightCharacters() {
        assertThat(new Password("12345678").value()).isEqualTo("12345678");
        assertThat(new Password("p".repeat(128)).value()).hasSize(128);
    }

    @Test
    void rejectsFewerThanEightCharacters() {
        assertThatThrownBy(() -> new Password("1234567"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e ->
                                assertThat(e.violations())
                                        .extracting(InvalidInputException.FieldViolation::field)
                                        .containsExactly("password"));
    }

    @Test
    void rejectsMoreThanOneHundredTwentyEightCharacters() {
        assertThatThrownBy(() -> new Password("p".repeat(129)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void rejectsMissingPassword() {
        assertThatThrownBy(() -> new Password(null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void countsLengthInCodePoints() {
        String fourEmoji = "\uD83D\uDD11".repeat(4);
        String eightEmoji = "\uD83D\uDD11".repeat(8);

        assertThat(fourEmoji.length()).isEqualTo(8);
        assertThatThrownBy(() -> new Password(fourEmoji)).isInstanceOf(InvalidInputException.class);
        assertThat(new Password(eightEmoji).value()).isEqualTo(eightEmoji);
    }

    @Test
    void keepsSurroundingSpacesAsPartOfThePassword() {
        assertThat(new Password("  secret  ").value()).isEqualTo("  secret  ");
    }

    @Test
    void toStringDoesNotRevealTheValue() {
        assertThat(new Password("correct horse battery").toString())
                .doesNotContain("correct")
                .doesNotContain("horse");
    }

    @Test
    void errorMessageDoesNotRevealTheValue() {
        assertThatThrownBy(() -> new Password("short1")).hasMessageNotContaining("short1");
    }
}

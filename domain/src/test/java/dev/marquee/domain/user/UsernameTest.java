package dev.marquee.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marquee.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class UsernameTest {

    @ParameterizedTest
    @ValueSource(strings = {"ada", "Ada_Lovelace", "a.b-c", "user_01", "ABC", "1-2"})
    void acceptsLettersDigitsUnderscoreDotAndHyphen(String name) {
        assertThat(new Username(name).value()).isEqualTo(name);
    }

    @Test
    void keepsTheCaseAsTyped() {
        assertThat(new Username("AdaL").value()).isEqualTo("AdaL");
    }

    @Test
    void acceptsThreeToFiftyCharacters() {
        assertThat(new Username("abc").value()).hasSize(3);
        assertThat(new Username("a".repeat(50)).value()).hasSize(50);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ab", ""})
    void rejectsFewerThanThreeCharacters(String shortName) {
        assertThatThrownBy(() -> new Username(shortName)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void rejectsMoreThanFiftyCharacters() {
        assertThatThrownBy(() -> new Username("a".repeat(51)))
                .isInstanceOf(InvalidInputException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ada lovelace", "ada@home", "ad/a", "andré", "ada!", " ada", "ada\n"})
    void rejectsOtherCharacters(String name) {
        assertThatThrownBy(() -> new Username(name))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e ->
                                assertThat(e.violations())
                                        .extracting(InvalidInputException.FieldViolation::field)
                                        .containsExactly("username"));
    }

    @ParameterizedTest
    @NullSource
    void rejectsMissingUsername(String missing) {
        assertThatThrownBy(() -> new Username(missing)).isInstanceOf(InvalidInputException.class);
    }
}

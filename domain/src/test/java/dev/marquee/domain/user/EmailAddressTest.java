package dev.marquee.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marquee.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    @ParameterizedTest
    @ValueSource(strings = {"ada@example.org", "Ada.Lovelace+films@mail.example.co.uk", "a@b.io"})
    void acceptsAddressWithOneAtAndDottedDomain(String address) {
        assertThat(new EmailAddress(address).value()).isEqualTo(address);
    }

    @Test
    void trimsSurroundingWhitespace() {
        assertThat(new EmailAddress("  ada@example.org ").value()).isEqualTo("ada@example.org");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "ada",
                "ada@",
                "@example.org",
                "ada@example",
                "ada@@example.org",
                "ada@exa@mple.org",
                "ada lovelace@example.org",
                "ada@example..org",
                "ada@.example.org",
                "ada@example.org.",
                ""
            })
    void rejectsMalformedAddresses(String address) {
        assertThatThrownBy(() -> new EmailAddress(address))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e ->
                                assertThat(e.violations())
                                        .extracting(InvalidInputException.FieldViolation::field)
                                        .containsExactly("email"));
    }

    @ParameterizedTest
    @NullSource
    void rejectsMissingAddress(String missing) {
        assertThatThrownBy(() -> new EmailAddress(missing))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void rejectsLocalPartLongerThan64Characters() {
        assertThat(new EmailAddress("a".repeat(64) + "@example.org").value()).startsWith("a");
        assertThatThrownBy(() -> new EmailAddress("a".repeat(65) + "@example.org"))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void acceptsAddressOfExactly254Characters() {
        String exactly254 = "ab@" + "b".repeat(247) + ".org";

        assertThat(exactly254).hasSize(254);
        assertThat(new EmailAddress(exactly254).value()).isEqualTo(exactly254);
    }

    @Test
    void rejectsAddressLongerThan254Characters() {
        String of255 = "abc@" + "b".repeat(247) + ".org";

        assertThat(of255).hasSize(255);
        assertThatThrownBy(() -> new EmailAddress(of255)).isInstanceOf(InvalidInputException.class);
    }
}

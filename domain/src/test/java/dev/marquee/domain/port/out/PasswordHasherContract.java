package dev.marquee.domain.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.domain.user.Password;
import org.junit.jupiter.api.Test;

/** What every PasswordHasher must do, run against the counting fake and bcrypt. */
public abstract class PasswordHasherContract extends ContractSupport {

    protected abstract PasswordHasher hasher();

    @Test
    void aHashMatchesItsPasswordAndNoOther() {
        String hash = hasher().hash(new Password("correct horse battery"));

        assertThat(hash).isNotEqualTo("correct horse battery");
        assertThat(hasher().matches("correct horse battery", hash)).isTrue();
        assertThat(hasher().matches("Correct horse battery", hash)).isFalse();
        assertThat(hasher().matches("correct horse batter", hash)).isFalse();
        assertThat(hasher().matches("", hash)).isFalse();
    }

    @Test
    void everyCharacterOfALongPasswordCounts() {
        String base = "p".repeat(Password.MAX_LENGTH - 1);
        String hash = hasher().hash(new Password(base + "a"));

        assertThat(hasher().matches(base + "a", hash)).isTrue();
        assertThat(hasher().matches(base + "b", hash)).isFalse();
    }

    @Test
    void passwordsBeyondAsciiHashAndMatch() {
        String hash = hasher().hash(new Password("Grüße, 東京 ✓✓"));

        assertThat(hasher().matches("Grüße, 東京 ✓✓", hash)).isTrue();
        assertThat(hasher().matches("Grusse, 東京 ✓✓", hash)).isFalse();
    }

    @Test
    void anUnreadableHashMatchesNothingInsteadOfFailing() {
        assertThat(hasher().matches("anything", "not a hash")).isFalse();
        assertThat(hasher().matches("anything", "")).isFalse();
    }
}

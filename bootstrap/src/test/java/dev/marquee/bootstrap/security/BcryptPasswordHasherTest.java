package dev.marquee.bootstrap.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.bootstrap.wiring.SecuritySettings;
import dev.marquee.domain.port.out.PasswordHasher;
import dev.marquee.domain.port.out.PasswordHasherContract;
import dev.marquee.domain.user.Password;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The PasswordHasher contract on bcrypt (at its lowest cost, to stay fast), plus salting. */
class BcryptPasswordHasherTest extends PasswordHasherContract {

    private final BcryptPasswordHasher hasher =
            new BcryptPasswordHasher(new SecuritySettings(Duration.ofDays(1), 4));

    @Override
    protected PasswordHasher hasher() {
        return hasher;
    }

    @Test
    void theSamePasswordHashesDifferentlyEachTimeAndStillMatches() {
        String first = hasher.hash(new Password("same password"));
        String second = hasher.hash(new Password("same password"));

        assertThat(first).isNotEqualTo(second).startsWith("$2b$04$");
        assertThat(hasher.matches("same password", first)).isTrue();
        assertThat(hasher.matches("same password", second)).isTrue();
    }
}

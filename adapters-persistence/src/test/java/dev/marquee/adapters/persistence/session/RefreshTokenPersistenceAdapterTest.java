package dev.marquee.adapters.persistence.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.adapters.persistence.PersistenceTest;
import dev.marquee.domain.port.out.RefreshTokenRepository;
import dev.marquee.domain.port.out.UserRepository;
import dev.marquee.domain.session.NewRefreshToken;
import dev.marquee.domain.session.RefreshTokenHash;
import dev.marquee.domain.user.NewUser;
import dev.marquee.domain.user.User;
import dev.marquee.domain.user.Username;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false, startApplication = false)
class RefreshTokenPersistenceAdapterTest extends PersistenceTest {

    @Inject
    RefreshTokenRepository refreshTokens;

    @Inject
    RefreshTokenRowRepository rows;

    @Inject
    UserRepository users;

    @Test
    void storesOnlyTheHashOfTheToken() {
        User user = users.add(new NewUser(new Username("tok_" + unique()), null, "hash", null, null, Set.of()));
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        UUID family = UUID.randomUUID();
        RefreshTokenHash hash = RefreshTokenHash.of("the-token-" + unique());

        refreshTokens.add(new NewRefreshToken(user.id(), family, hash, now, now.plus(Duration.ofDays(30))));

        RefreshTokenRow stored = rows.findAll().stream().filter(row -> row.familyId().equals(family)).findFirst().orElseThrow();
        assertThat(stored.tokenHash()).isEqualTo(hash.digest()).hasSize(32);
        assertThat(stored.userId()).isEqualTo(user.id().value());
        assertThat(stored.expiresAt()).isEqualTo(now.plus(Duration.ofDays(30)));
        assertThat(stored.usedAt()).isNull();
    }
}

package dev.marquee.adapters.persistence.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.adapters.persistence.PersistenceTest;
import dev.marquee.domain.port.out.RefreshTokenRepository;
import dev.marquee.domain.port.out.UserRepository;
import dev.marquee.domain.session.NewRefreshToken;
import dev.marquee.domain.session.RefreshTokenHash;
import dev.marquee.domain.session.StoredRefreshToken;
import dev.marquee.domain.user.UserDetails;
import dev.marquee.domain.user.UserId;
import dev.marquee.domain.user.Username;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false, startApplication = false)
class RefreshTokenPersistenceAdapterTest extends PersistenceTest {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MICROS);

    @Inject RefreshTokenRepository refreshTokens;

    @Inject UserRepository users;

    private UserId newUser() {
        return users.add(
                        new UserDetails(
                                new Username("tok_" + unique()),
                                null,
                                "hash",
                                null,
                                null,
                                Set.of()))
                .id();
    }

    private RefreshTokenHash issue(UserId user, UUID family, Instant expiresAt) {
        RefreshTokenHash hash = RefreshTokenHash.of("token-" + UUID.randomUUID());
        refreshTokens.add(new NewRefreshToken(user, family, hash, NOW.minusSeconds(60), expiresAt));
        return hash;
    }

    @Test
    void storesOnlyTheHashOfTheToken() throws Exception {
        UserId user = newUser();
        UUID family = UUID.randomUUID();
        RefreshTokenHash hash = issue(user, family, NOW.plus(Duration.ofDays(30)));

        assertThat(
                        sql(
                                "select count(*) from refresh_tokens where family_id = ? and token_hash = ?",
                                family,
                                hash.digest()))
                .isEqualTo(1);
        assertThat(refreshTokens.find(hash))
                .hasValueSatisfying(
                        token -> {
                            assertThat(token.userId()).isEqualTo(user);
                            assertThat(token.usedAt()).isNull();
                            assertThat(token.revokedAt()).isNull();
                        });
    }

    @Test
    void aTokenCanBeUsedOnlyOnceEvenByConcurrentCallers() throws Exception {
        RefreshTokenHash hash = issue(newUser(), UUID.randomUUID(), NOW.plus(Duration.ofDays(1)));
        int callers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Optional<StoredRefreshToken>>> uses = new ArrayList<>();
        for (int i = 0; i < callers; i++) {
            uses.add(
                    pool.submit(
                            () -> {
                                start.await();
                                return refreshTokens.useOnce(hash, NOW);
                            }));
        }
        start.countDown();
        long successes = 0;
        for (Future<Optional<StoredRefreshToken>> use : uses) {
            successes += use.get().isPresent() ? 1 : 0;
        }
        pool.shutdown();

        assertThat(successes).isEqualTo(1);
        assertThat(refreshTokens.find(hash).orElseThrow().usedAt()).isEqualTo(NOW);
    }

    @Test
    void expiredAndRevokedTokensCannotBeUsed() {
        UserId user = newUser();
        RefreshTokenHash expired = issue(user, UUID.randomUUID(), NOW.minusSeconds(1));
        UUID family = UUID.randomUUID();
        RefreshTokenHash revoked = issue(user, family, NOW.plus(Duration.ofDays(1)));
        refreshTokens.revokeFamily(family, NOW);

        assertThat(refreshTokens.useOnce(expired, NOW)).isEmpty();
        assertThat(refreshTokens.useOnce(revoked, NOW)).isEmpty();
    }

    @Test
    void aTokenAddedToARevokedFamilyIsBornRevoked() {
        UserId user = newUser();
        UUID family = UUID.randomUUID();
        issue(user, family, NOW.plus(Duration.ofDays(1)));
        refreshTokens.revokeFamily(family, NOW);

        RefreshTokenHash late = issue(user, family, NOW.plus(Duration.ofDays(1)));

        assertThat(refreshTokens.find(late).orElseThrow().revokedAt()).isNotNull();
        assertThat(refreshTokens.useOnce(late, NOW)).isEmpty();
    }

    @Test
    void revokingAllOfAUserLeavesOtherUsersAlone() {
        UserId ada = newUser();
        UserId grace = newUser();
        RefreshTokenHash adas = issue(ada, UUID.randomUUID(), NOW.plus(Duration.ofDays(1)));
        RefreshTokenHash graces = issue(grace, UUID.randomUUID(), NOW.plus(Duration.ofDays(1)));

        refreshTokens.revokeAllOf(ada, NOW);

        assertThat(refreshTokens.find(adas).orElseThrow().revokedAt()).isNotNull();
        assertThat(refreshTokens.find(graces).orElseThrow().revokedAt()).isNull();
    }
}

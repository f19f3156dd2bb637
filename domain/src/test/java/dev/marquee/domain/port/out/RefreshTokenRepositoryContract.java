package dev.marquee.domain.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.domain.session.NewRefreshToken;
import dev.marquee.domain.session.RefreshTokenHash;
import dev.marquee.domain.session.StoredRefreshToken;
import dev.marquee.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * What every RefreshTokenRepository must do, run against the in-memory fake and PostgreSQL: above
 * all, a token is used at most once, even by concurrent callers.
 */
public abstract class RefreshTokenRepositoryContract extends ContractSupport {

    protected static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MICROS);

    protected abstract RefreshTokenRepository refreshTokens();

    /** An account that tokens may belong to. */
    protected abstract UserId existingUser();

    protected RefreshTokenHash issue(UserId user, UUID family, Instant expiresAt) {
        RefreshTokenHash hash = RefreshTokenHash.of("token-" + UUID.randomUUID());
        refreshTokens()
                .add(new NewRefreshToken(user, family, hash, NOW.minusSeconds(60), expiresAt));
        return hash;
    }

    @Test
    void findsAStoredTokenByItsHashAndNothingForAnUnknownOne() {
        UserId user = existingUser();
        UUID family = UUID.randomUUID();
        Instant expiry = NOW.plus(Duration.ofDays(30));
        RefreshTokenHash hash = issue(user, family, expiry);

        assertThat(refreshTokens().find(hash))
                .hasValue(new StoredRefreshToken(user, family, expiry, null, null));
        assertThat(refreshTokens().find(RefreshTokenHash.of("never-issued-" + unique()))).isEmpty();
    }

    @Test
    void useOnceMarksTheTokenUsedAndASecondUseFails() {
        RefreshTokenHash hash =
                issue(existingUser(), UUID.randomUUID(), NOW.plus(Duration.ofDays(1)));

        Optional<StoredRefreshToken> first = refreshTokens().useOnce(hash, NOW);

        assertThat(first).hasValueSatisfying(token -> assertThat(token.usedAt()).isEqualTo(NOW));
        assertThat(refreshTokens().useOnce(hash, NOW.plusSeconds(1))).isEmpty();
        assertThat(refreshTokens().find(hash).orElseThrow().usedAt()).isEqualTo(NOW);
        assertThat(refreshTokens().useOnce(RefreshTokenHash.of("unknown-" + unique()), NOW))
                .isEmpty();
    }

    @Test
    void aTokenCanBeUsedOnlyOnceEvenByConcurrentCallers() throws Exception {
        RefreshTokenHash hash =
                issue(existingUser(), UUID.randomUUID(), NOW.plus(Duration.ofDays(1)));
        int callers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Optional<StoredRefreshToken>>> uses = new ArrayList<>();
        for (int i = 0; i < callers; i++) {
            uses.add(
                    pool.submit(
                            () -> {
                                start.await();
                                return refreshTokens().useOnce(hash, NOW);
                            }));
        }
        start.countDown();
        long successes = 0;
        for (Future<Optional<StoredRefreshToken>> use : uses) {
            successes += use.get().isPresent() ? 1 : 0;
        }
        pool.shutdown();

        assertThat(successes).isEqualTo(1);
    }

    @Test
    void expiredAndRevokedTokensCannotBeUsed() {
        UserId user = existingUser();
        RefreshTokenHash expired = issue(user, UUID.randomUUID(), NOW.minusSeconds(1));
        RefreshTokenHash expiringNow = issue(user, UUID.randomUUID(), NOW);
        UUID family = UUID.randomUUID();
        RefreshTokenHash revoked = issue(user, family, NOW.plus(Duration.ofDays(1)));
        refreshTokens().revokeFamily(family, NOW);

        assertThat(refreshTokens().useOnce(expired, NOW)).isEmpty();
        assertThat(refreshTokens().useOnce(expiringNow, NOW)).isEmpty();
        assertThat(refreshTokens().useOnce(revoked, NOW)).isEmpty();
        assertThat(refreshTokens().find(revoked).orElseThrow().revokedAt()).isEqualTo(NOW);
    }

    @Test
    void revokingAFamilyKeepsTheFirstRevocationTimeAndSparesOtherFamilies() {
        UserId user = existingUser();
        UUID family = UUID.randomUUID();
        RefreshTokenHash member = issue(user, family, NOW.plus(Duration.ofDays(1)));
        RefreshTokenHash other = issue(user, UUID.randomUUID(), NOW.plus(Duration.ofDays(1)));

        refreshTokens().revokeFamily(family, NOW);
        refreshTokens().revokeFamily(family, NOW.plusSeconds(5));

        assertThat(refreshTokens().find(member).orElseThrow().revokedAt()).isEqualTo(NOW);
        assertThat(refreshTokens().find(other).orElseThrow().revokedAt()).isNull();
    }

    @Test
    void aTokenAddedToARevokedFamilyIsBornRevoked() {
        UserId user = existingUser();
        UUID family = UUID.randomUUID();
        issue(user, family, NOW.plus(Duration.ofDays(1)));
        refreshTokens().revokeFamily(family, NOW);

        RefreshTokenHash late = issue(user, family, NOW.plus(Duration.ofDays(1)));

        assertThat(refreshTokens().find(late).orElseThrow().revokedAt()).isEqualTo(NOW);
        assertThat(refreshTokens().useOnce(late, NOW)).isEmpty();
    }

    @Test
    void revokingAllOfAUserLeavesOtherUsersAlone() {
        UserId ada = existingUser();
        UserId grace = existingUser();
        RefreshTokenHash adas = issue(ada, UUID.randomUUID(), NOW.plus(Duration.ofDays(1)));
        RefreshTokenHash adasOther = issue(ada, UUID.randomUUID(), NOW.plus(Duration.ofDays(1)));
        RefreshTokenHash graces = issue(grace, UUID.randomUUID(), NOW.plus(Duration.ofDays(1)));

        refreshTokens().revokeAllOf(ada, NOW);

        assertThat(refreshTokens().find(adas).orElseThrow().revokedAt()).isEqualTo(NOW);
        assertThat(refreshTokens().find(adasOther).orElseThrow().revokedAt()).isEqualTo(NOW);
        assertThat(refreshTokens().find(graces).orElseThrow().revokedAt()).isNull();
    }
}

package dev.marquee.adapters.persistence.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.adapters.persistence.PersistenceTest;
import dev.marquee.domain.ratelimit.RateLimit;
import dev.marquee.domain.ratelimit.RateLimitDecision;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false, startApplication = false)
class BucketRateLimiterTest extends PersistenceTest {

    private static final RateLimit THREE_PER_MINUTE =
            new RateLimit("test", 3, Duration.ofMinutes(1));

    @Inject DataSource dataSource;

    @Test
    void refusesOnceTheBucketIsEmptyAndSaysWhenToRetry() {
        BucketRateLimiter limiter = new BucketRateLimiter(dataSource);
        String key = "address:" + unique();

        RateLimitDecision first = limiter.tryConsume(key, THREE_PER_MINUTE);
        limiter.tryConsume(key, THREE_PER_MINUTE);
        limiter.tryConsume(key, THREE_PER_MINUTE);
        RateLimitDecision fourth = limiter.tryConsume(key, THREE_PER_MINUTE);

        assertThat(first.allowed()).isTrue();
        assertThat(first.limit()).isEqualTo(3);
        assertThat(first.remaining()).isEqualTo(2);
        assertThat(first.resetSeconds()).isBetween(1L, 20L);
        assertThat(fourth.allowed()).isFalse();
        assertThat(fourth.remaining()).isZero();
        assertThat(fourth.retryAfterSeconds()).isBetween(1L, 20L);
    }

    @Test
    void twoLimitersOnOneDatabaseShareTheBucketsAsTwoInstancesWould() {
        BucketRateLimiter instanceA = new BucketRateLimiter(dataSource);
        BucketRateLimiter instanceB = new BucketRateLimiter(dataSource);
        String key = "user:" + unique();

        instanceA.tryConsume(key, THREE_PER_MINUTE);
        RateLimitDecision second = instanceB.tryConsume(key, THREE_PER_MINUTE);
        instanceA.tryConsume(key, THREE_PER_MINUTE);

        assertThat(second.remaining()).isEqualTo(1);
        assertThat(instanceB.tryConsume(key, THREE_PER_MINUTE).allowed()).isFalse();
    }

    @Test
    void bucketsOfDifferentKeysAreIndependent() {
        BucketRateLimiter limiter = new BucketRateLimiter(dataSource);
        String spent = "address:" + unique();
        for (int i = 0; i < 4; i++) {
            limiter.tryConsume(spent, THREE_PER_MINUTE);
        }

        assertThat(limiter.tryConsume("address:" + unique(), THREE_PER_MINUTE).allowed()).isTrue();
    }
}

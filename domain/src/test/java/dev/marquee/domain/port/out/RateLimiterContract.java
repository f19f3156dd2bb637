package dev.marquee.domain.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.domain.ratelimit.RateLimit;
import dev.marquee.domain.ratelimit.RateLimitDecision;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What every RateLimiter must do, run against the counting fake and the PostgreSQL buckets. */
public abstract class RateLimiterContract extends ContractSupport {

    protected static final RateLimit THREE_PER_MINUTE =
            new RateLimit("contract", 3, Duration.ofMinutes(1));

    protected abstract RateLimiter limiter();

    @Test
    void allowsTheCapacityThenRefusesAndSaysWhenToRetry() {
        String key = "address:" + unique();

        RateLimitDecision first = limiter().tryConsume(key, THREE_PER_MINUTE);
        RateLimitDecision second = limiter().tryConsume(key, THREE_PER_MINUTE);
        RateLimitDecision third = limiter().tryConsume(key, THREE_PER_MINUTE);
        RateLimitDecision fourth = limiter().tryConsume(key, THREE_PER_MINUTE);

        assertThat(first.allowed()).isTrue();
        assertThat(first.limit()).isEqualTo(3);
        assertThat(first.remaining()).isEqualTo(2);
        assertThat(first.retryAfterSeconds()).isZero();
        assertThat(first.resetSeconds()).isBetween(1L, 20L);
        assertThat(second.remaining()).isEqualTo(1);
        assertThat(third.allowed()).isTrue();
        assertThat(third.remaining()).isZero();
        assertThat(third.resetSeconds()).isBetween(41L, 60L);
        assertThat(fourth.allowed()).isFalse();
        assertThat(fourth.remaining()).isZero();
        assertThat(fourth.retryAfterSeconds()).isBetween(1L, 20L);
    }

    @Test
    void everyKeyAndEveryLimitHasItsOwnBucket() {
        String spent = "address:" + unique();
        for (int i = 0; i < 4; i++) {
            limiter().tryConsume(spent, THREE_PER_MINUTE);
        }
        RateLimit otherLimit = new RateLimit("contract-other", 3, Duration.ofMinutes(1));

        assertThat(limiter().tryConsume("address:" + unique(), THREE_PER_MINUTE).allowed())
                .isTrue();
        assertThat(limiter().tryConsume(spent, otherLimit).remaining()).isEqualTo(2);
        assertThat(limiter().tryConsume(spent, THREE_PER_MINUTE).allowed()).isFalse();
    }
}

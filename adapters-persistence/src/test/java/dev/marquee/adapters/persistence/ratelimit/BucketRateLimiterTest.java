package dev.marquee.adapters.persistence.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.adapters.persistence.SharedContext;
import dev.marquee.domain.port.out.RateLimiter;
import dev.marquee.domain.port.out.RateLimiterContract;
import dev.marquee.domain.ratelimit.RateLimitDecision;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class BucketRateLimiterTest extends RateLimiterContract {

    private final DataSource dataSource = SharedContext.bean(DataSource.class);
    private final RateLimiter limiter = SharedContext.bean(RateLimiter.class);

    @Override
    protected RateLimiter limiter() {
        return limiter;
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
}

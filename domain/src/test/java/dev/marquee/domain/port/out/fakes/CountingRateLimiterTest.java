package dev.marquee.domain.port.out.fakes;

import dev.marquee.domain.port.out.RateLimiter;
import dev.marquee.domain.port.out.RateLimiterContract;

class CountingRateLimiterTest extends RateLimiterContract {

    private final CountingRateLimiter limiter = new CountingRateLimiter();

    @Override
    protected RateLimiter limiter() {
        return limiter;
    }
}

package dev.marquee.domain.port.out;

import dev.marquee.domain.ratelimit.RateLimit;
import dev.marquee.domain.ratelimit.RateLimitDecision;

/**
 * Token buckets shared by every instance of the application: takes one token from the bucket of a
 * key; every key has a bucket of its own for each limit (by name).
 */
public interface RateLimiter {

    RateLimitDecision tryConsume(String key, RateLimit limit);
}

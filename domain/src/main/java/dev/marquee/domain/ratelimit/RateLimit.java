package dev.marquee.domain.ratelimit;

import java.time.Duration;

/** A token bucket: at most {@code capacity} requests, refilled evenly over {@code period}. */
public record RateLimit(String name, long capacity, Duration period) {

    public RateLimit {
        if (capacity < 1 || period.isZero() || period.isNegative()) {
            throw new IllegalArgumentException("a rate limit needs a positive capacity and period");
        }
    }
}

package dev.marquee.bootstrap.wiring;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/**
 * {@code marquee.rate-limits}: whether requests are limited, and the two token buckets (defaults in
 * application.yml).
 */
@ConfigurationProperties("marquee.rate-limits")
public record RateLimitSettings(boolean enabled, PerCaller perCaller, Credentials credentials) {

    /** Every request, per user when authenticated, per client address otherwise. */
    @ConfigurationProperties("per-caller")
    public record PerCaller(long capacity, Duration period) {}

    /** Login and registration, in addition, per client address. */
    @ConfigurationProperties("credentials")
    public record Credentials(long capacity, Duration period) {}
}

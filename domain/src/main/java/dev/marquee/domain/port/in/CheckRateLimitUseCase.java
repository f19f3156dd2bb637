package dev.marquee.domain.port.in;

import dev.marquee.domain.ratelimit.RateLimitDecision;
import dev.marquee.domain.ratelimit.RateLimitedRequest;
import java.util.Optional;

/**
 * Decides whether a request is within its rate limits; empty when rate limiting is switched off.
 */
public interface CheckRateLimitUseCase {

    Optional<RateLimitDecision> check(RateLimitedRequest request);

    /** Whether requests are limited at all; when not, {@link #check} always answers empty. */
    boolean enabled();
}

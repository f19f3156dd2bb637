package dev.marquee.application.ratelimit;

import dev.marquee.domain.port.in.CheckRateLimitUseCase;
import dev.marquee.domain.port.out.RateLimiter;
import dev.marquee.domain.ratelimit.RateLimit;
import dev.marquee.domain.ratelimit.RateLimitDecision;
import dev.marquee.domain.ratelimit.RateLimitedRequest;
import java.util.Optional;

/**
 * The rate-limit policy: every request takes a token from the caller's bucket (the user's when
 * authenticated, the client address's otherwise); requests that send credentials also take one from
 * a stricter bucket of the client address, so guessing passwords stays slow whoever is signed in.
 */
public final class RateLimitService implements CheckRateLimitUseCase {

    private final RateLimiter limiter;
    private final boolean enabled;
    private final RateLimit perCaller;
    private final RateLimit credentials;

    public RateLimitService(
            RateLimiter limiter, boolean enabled, RateLimit perCaller, RateLimit credentials) {
        this.limiter = limiter;
        this.enabled = enabled;
        this.perCaller = perCaller;
        this.credentials = credentials;
    }

    @Override
    public boolean enabled() {
        return enabled;
    }

    @Override
    public Optional<RateLimitDecision> check(RateLimitedRequest request) {
        if (!enabled) {
            return Optional.empty();
        }
        String caller =
                request.userId() != null
                        ? "user:" + request.userId()
                        : "address:" + request.clientAddress();
        RateLimitDecision decision = limiter.tryConsume(caller, perCaller);
        if (request.credentialEndpoint()) {
            decision =
                    decision.tighter(
                            limiter.tryConsume("address:" + request.clientAddress(), credentials));
        }
        return Optional.of(decision);
    }
}

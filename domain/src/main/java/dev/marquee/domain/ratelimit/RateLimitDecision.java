package dev.marquee.domain.ratelimit;

/**
 * Whether a request may proceed, and what to tell the client: the bucket's capacity, what is left,
 * seconds until it is full again, and (when refused) seconds until the next request would be
 * allowed.
 */
public record RateLimitDecision(
        boolean allowed, long limit, long remaining, long resetSeconds, long retryAfterSeconds) {

    /**
     * The decision that leaves the client the least room (when both refuse, the longer wait): the
     * one to report.
     */
    public RateLimitDecision tighter(RateLimitDecision other) {
        if (allowed != other.allowed) {
            return allowed ? other : this;
        }
        if (!allowed) {
            return retryAfterSeconds >= other.retryAfterSeconds ? this : other;
        }
        return (double) remaining / limit <= (double) other.remaining / other.limit ? this : other;
    }
}

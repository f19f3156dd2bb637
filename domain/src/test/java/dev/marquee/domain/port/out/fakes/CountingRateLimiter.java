package dev.marquee.domain.port.out.fakes;

import dev.marquee.domain.port.out.RateLimiter;
import dev.marquee.domain.ratelimit.RateLimit;
import dev.marquee.domain.ratelimit.RateLimitDecision;
import java.util.HashMap;
import java.util.Map;

/**
 * A RateLimiter whose buckets never refill (time stands still): each limit and key has its own
 * bucket of {@code capacity} tokens, and a request is refused once they are all taken.
 */
public final class CountingRateLimiter implements RateLimiter {

    private final Map<String, Long> taken = new HashMap<>();

    @Override
    public synchronized RateLimitDecision tryConsume(String key, RateLimit limit) {
        String bucket = bucket(limit, key);
        long before = taken.getOrDefault(bucket, 0L);
        boolean allowed = before < limit.capacity();
        long after = allowed ? before + 1 : before;
        taken.put(bucket, after);
        long secondsPerToken = ceilSeconds(limit.period().toNanos() / limit.capacity());
        return new RateLimitDecision(
                allowed,
                limit.capacity(),
                limit.capacity() - after,
                after * secondsPerToken,
                allowed ? 0 : secondsPerToken);
    }

    /** How many tokens were taken from the bucket of this limit and key. */
    public synchronized long taken(RateLimit limit, String key) {
        return taken.getOrDefault(bucket(limit, key), 0L);
    }

    /** How many tokens were taken from the buckets of this limit, whatever their keys. */
    public synchronized long takenFrom(RateLimit limit) {
        return taken.entrySet().stream()
                .filter(bucket -> bucket.getKey().startsWith(limit.name() + ":"))
                .mapToLong(Map.Entry::getValue)
                .sum();
    }

    /** How many tokens were taken from all buckets together. */
    public synchronized long takenInAll() {
        return taken.values().stream().mapToLong(Long::longValue).sum();
    }

    private static String bucket(RateLimit limit, String key) {
        return limit.name() + ":" + key;
    }

    private static long ceilSeconds(long nanos) {
        return (nanos + 999_999_999L) / 1_000_000_000L;
    }
}

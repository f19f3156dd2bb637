package dev.marquee.adapters.persistence.ratelimit;

import dev.marquee.domain.port.out.RateLimiter;
import dev.marquee.domain.ratelimit.RateLimit;
import dev.marquee.domain.ratelimit.RateLimitDecision;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * Token buckets kept in PostgreSQL with bucket4j (a row per key, updated under SELECT ... FOR
 * UPDATE), so that every instance of the application draws from the same buckets. Full buckets
 * expire and are swept.
 */
@Singleton
public class BucketRateLimiter implements RateLimiter {

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

    public BucketRateLimiter(DataSource dataSource) {
        this.buckets =
                Bucket4jPostgreSQL.selectForUpdateBasedBuilder(
                                DelegatingDataSource.unwrapDataSource(dataSource))
                        .primaryKeyMapper(PrimaryKeyMapper.STRING)
                        .table("rate_limit_buckets")
                        .idColumn("id")
                        .stateColumn("state")
                        .expiresAtColumn("expires_at")
                        .expirationAfterWrite(
                                ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                                        Duration.ofSeconds(10)))
                        .build();
    }

    @Override
    public RateLimitDecision tryConsume(String key, RateLimit limit) {
        ConsumptionProbe probe =
                buckets.getProxy(limit.name() + ":" + key, () -> configuration(limit))
                        .tryConsumeAndReturnRemaining(1);
        long nanosPerToken = limit.period().toNanos() / limit.capacity();
        long nanosUntilFull = (limit.capacity() - probe.getRemainingTokens()) * nanosPerToken;
        return new RateLimitDecision(
                probe.isConsumed(),
                limit.capacity(),
                probe.getRemainingTokens(),
                ceilSeconds(nanosUntilFull),
                probe.isConsumed() ? 0 : Math.max(1, ceilSeconds(probe.getNanosToWaitForRefill())));
    }

    /**
     * Removes buckets that have been full for a while; safe to run on several instances at once.
     */
    @Scheduled(fixedDelay = "1m", initialDelay = "1m")
    void removeFullBuckets() {
        buckets.removeExpired(1_000);
    }

    private static BucketConfiguration configuration(RateLimit limit) {
        return BucketConfiguration.builder()
                .addLimit(
                        bandwidth ->
                                bandwidth
                                        .capacity(limit.capacity())
                                        .refillGreedy(limit.capacity(), limit.period()))
                .build();
    }

    private static long ceilSeconds(long nanos) {
        return (nanos + 999_999_999L) / 1_000_000_000L;
    }
}

package dev.marquee.application.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.domain.port.out.fakes.CountingRateLimiter;
import dev.marquee.domain.ratelimit.RateLimit;
import dev.marquee.domain.ratelimit.RateLimitDecision;
import dev.marquee.domain.ratelimit.RateLimitedRequest;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RateLimitServiceTest {

    private static final RateLimit PER_CALLER = new RateLimit("caller", 300, Duration.ofMinutes(1));
    private static final RateLimit CREDENTIALS =
            new RateLimit("credentials", 10, Duration.ofMinutes(1));
    private static final String ADDRESS = "203.0.113.5";
    private static final String OTHER_ADDRESS = "198.51.100.7";

    private final CountingRateLimiter limiter = new CountingRateLimiter();
    private final RateLimitService service =
            new RateLimitService(limiter, true, PER_CALLER, CREDENTIALS);

    private static RateLimitedRequest anonymous(String address) {
        return new RateLimitedRequest(null, address, false);
    }

    private static RateLimitedRequest signedIn(long userId, String address) {
        return new RateLimitedRequest(userId, address, false);
    }

    private static RateLimitedRequest logIn(Long userId, String address) {
        return new RateLimitedRequest(userId, address, true);
    }

    private RateLimitDecision check(RateLimitedRequest request) {
        return service.check(request).orElseThrow();
    }

    @Test
    void disabledDecidesNothingAndTakesNothing() {
        RateLimitService disabled = new RateLimitService(limiter, false, PER_CALLER, CREDENTIALS);

        Optional<RateLimitDecision> decision = disabled.check(logIn(null, ADDRESS));

        assertThat(decision).isEmpty();
        assertThat(limiter.takenInAll()).isZero();
    }

    @Test
    void authenticatedRequestsUseTheUsersBucketWhateverTheAddress() {
        check(signedIn(7, ADDRESS));
        check(signedIn(7, OTHER_ADDRESS));

        assertThat(limiter.taken(PER_CALLER, "user:7")).isEqualTo(2);
        assertThat(limiter.takenInAll()).isEqualTo(2);
    }

    @Test
    void anonymousRequestsUseTheAddresssBucket() {
        check(anonymous(ADDRESS));
        check(anonymous(ADDRESS));
        check(anonymous(OTHER_ADDRESS));

        assertThat(limiter.taken(PER_CALLER, "address:" + ADDRESS)).isEqualTo(2);
        assertThat(limiter.taken(PER_CALLER, "address:" + OTHER_ADDRESS)).isEqualTo(1);
    }

    @Test
    void aUserWhoSpentTheirBucketIsRefusedFromAnyAddress() {
        RateLimitService small =
                new RateLimitService(
                        limiter,
                        true,
                        new RateLimit("caller", 2, Duration.ofMinutes(1)),
                        CREDENTIALS);
        small.check(signedIn(7, ADDRESS));
        small.check(signedIn(7, ADDRESS));

        assertThat(small.check(signedIn(7, OTHER_ADDRESS)))
                .get()
                .extracting(RateLimitDecision::allowed)
                .isEqualTo(false);
        assertThat(small.check(anonymous(ADDRESS)))
                .get()
                .extracting(RateLimitDecision::allowed)
                .isEqualTo(true);
    }

    @Test
    void credentialRequestsTakeFromTheCallersAndACredentialsBucket() {
        check(logIn(7L, ADDRESS));

        assertThat(limiter.taken(PER_CALLER, "user:7")).isEqualTo(1);
        assertThat(limiter.takenFrom(CREDENTIALS)).isEqualTo(1);
        assertThat(limiter.takenInAll()).isEqualTo(2);
    }

    @Test
    void credentialRequestsReportTheTighterBucket() {
        RateLimitDecision decision = check(logIn(null, ADDRESS));

        assertThat(decision.allowed()).isTrue();
        assertThat(decision.limit()).isEqualTo(CREDENTIALS.capacity());
        assertThat(decision.remaining()).isEqualTo(CREDENTIALS.capacity() - 1);
    }

    @Test
    void credentialRequestIsRefusedWhenOnlyTheCallersBucketRefuses() {
        RateLimit tinyPerCaller = new RateLimit("caller", 1, Duration.ofMinutes(1));
        RateLimitService small = new RateLimitService(limiter, true, tinyPerCaller, CREDENTIALS);
        small.check(signedIn(7, ADDRESS));

        RateLimitDecision decision = small.check(logIn(7L, ADDRESS)).orElseThrow();

        assertThat(decision.allowed()).isFalse();
        assertThat(decision.limit()).isEqualTo(tinyPerCaller.capacity());
    }

    @Test
    void eleventhLoginFromOneAddressIsRefusedEvenSpreadOverDifferentUsers() {
        for (long user = 1; user <= 10; user++) {
            assertThat(check(logIn(user, ADDRESS)).allowed()).as("attempt %d", user).isTrue();
        }

        RateLimitDecision eleventh = check(logIn(11L, ADDRESS));

        assertThat(eleventh.allowed()).isFalse();
        assertThat(eleventh.retryAfterSeconds()).isPositive();
    }

    @Test
    void eleventhAnonymousLoginFromOneAddressIsRefused() {
        for (int attempt = 1; attempt <= 10; attempt++) {
            check(logIn(null, ADDRESS));
        }

        assertThat(check(logIn(null, ADDRESS)).allowed()).isFalse();
        assertThat(check(logIn(null, OTHER_ADDRESS)).allowed()).isTrue();
    }

    @Test
    void spentLoginBucketDoesNotLimitOrdinaryRequests() {
        for (int attempt = 1; attempt <= 11; attempt++) {
            check(logIn(null, ADDRESS));
        }

        assertThat(check(anonymous(ADDRESS)).allowed()).isTrue();
    }

    @Test
    void whenBothBucketsRefuseTheLongerWaitIsReported() {
        RateLimit perCaller = new RateLimit("caller", 2, Duration.ofMinutes(1));
        RateLimit credentials = new RateLimit("credentials", 2, Duration.ofHours(1));
        RateLimitService small = new RateLimitService(limiter, true, perCaller, credentials);
        small.check(logIn(null, ADDRESS));
        small.check(logIn(null, ADDRESS));

        RateLimitDecision refused = small.check(logIn(null, ADDRESS)).orElseThrow();

        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds())
                .isEqualTo(Duration.ofHours(1).dividedBy(2).toSeconds());
    }
}

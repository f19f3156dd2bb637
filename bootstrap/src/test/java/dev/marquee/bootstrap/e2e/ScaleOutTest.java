package dev.marquee.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.bootstrap.Marquee.RunningMarquee;
import dev.marquee.bootstrap.e2e.Api.Response;
import io.micronaut.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two instances of the application on one PostgreSQL, as behind a load balancer: a session opened
 * on one works on the other, a replay detected on one ends the session on both, and rate limits
 * count requests to both together.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScaleOutTest {

    private static final int CREDENTIAL_ATTEMPTS_PER_MINUTE = 6;
    private static final Map<String, Object> LIMITS =
            Map.of(
                    "marquee.rate-limits.enabled",
                    true,
                    "marquee.rate-limits.credentials.capacity",
                    CREDENTIAL_ATTEMPTS_PER_MINUTE,
                    "marquee.rate-limits.credentials.period",
                    "1m");

    private static RunningMarquee first;
    private static RunningMarquee second;
    private static Api a;
    private static Api b;

    @BeforeAll
    static void startTwoInstances() {
        first = TestMarquee.start(TestMarquee.freshDataDirectory(), LIMITS);
        second = TestMarquee.startAlongside(first, LIMITS);
        a = new Api(TestMarquee.baseUrl(first), first.context().getBean(JsonMapper.class));
        b = new Api(TestMarquee.baseUrl(second), second.context().getBean(JsonMapper.class));
    }

    @AfterAll
    static void stop() {
        second.close();
        first.close();
    }

    @Test
    @Order(1)
    void aSessionOpenedOnOneInstanceHoldsOnTheOtherAndAReplayEndsItOnBoth() {
        assertThat(
                        a.post(
                                        "/api/v1/auth/register",
                                        "{\"username\":\"twin\",\"email\":\"twin@example.org\","
                                                + "\"password\":\"twin-passphrase\"}",
                                        null)
                                .status())
                .isEqualTo(201);
        Map<String, Object> session =
                a.post(
                                "/api/v1/auth/login",
                                "{\"login\":\"twin\",\"password\":\"twin-passphrase\"}",
                                null)
                        .json();

        assertThat(
                        b.get(
                                        "/api/v1/users/me",
                                        Map.of(
                                                "Authorization",
                                                "Bearer " + session.get("accessToken")))
                                .json())
                .containsEntry("username", "twin");
        Response renewedOnB =
                b.post(
                        "/api/v1/auth/refresh",
                        "{\"refreshToken\":\"" + session.get("refreshToken") + "\"}",
                        null);
        assertThat(renewedOnB.status()).isEqualTo(200);

        Response replayOnA =
                a.post(
                        "/api/v1/auth/refresh",
                        "{\"refreshToken\":\"" + session.get("refreshToken") + "\"}",
                        null);
        assertThat(replayOnA.status()).isEqualTo(401);
        assertThat(
                        b.post(
                                        "/api/v1/auth/refresh",
                                        "{\"refreshToken\":\""
                                                + renewedOnB.json().get("refreshToken")
                                                + "\"}",
                                        null)
                                .status())
                .isEqualTo(401);
    }

    /**
     * Runs after the session test, which spends two credential requests (registration, login) of
     * the same bucket.
     */
    @Test
    @Order(2)
    void aLoginBurstSpreadOverBothInstancesIsLimitedAsOne() {
        List<Response> attempts = new ArrayList<>();
        for (int i = 0;
                i < 2 * CREDENTIAL_ATTEMPTS_PER_MINUTE
                        && (attempts.isEmpty() || last(attempts).status() != 429);
                i++) {
            Api instance = i % 2 == 0 ? a : b;
            attempts.add(
                    instance.post(
                            "/api/v1/auth/login",
                            "{\"login\":\"burst\",\"password\":\"guess-number-" + i + "\"}",
                            null));
        }

        Response refused = last(attempts);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(attempts.size()).isLessThanOrEqualTo(CREDENTIAL_ATTEMPTS_PER_MINUTE + 1);
        assertThat(refused.header("Retry-After")).isPresent();
        assertThat(refused.header("Content-Type")).hasValue("application/problem+json");
        assertThat(refused.header("RateLimit-Remaining")).hasValue("0");
        List<Long> remaining =
                attempts.stream()
                        .map(
                                response ->
                                        Long.parseLong(
                                                response.header("RateLimit-Remaining")
                                                        .orElseThrow()))
                        .toList();
        assertThat(remaining).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(
                        b.post(
                                        "/api/v1/auth/login",
                                        "{\"login\":\"burst\",\"password\":\"one-more-try\"}",
                                        null)
                                .status())
                .isEqualTo(429);
    }

    @Test
    void everyResponseCarriesTheRateLimitHeaders() {
        Response response = b.get("/api/v1/genres");

        assertThat(response.header("RateLimit-Limit")).hasValue("300");
        assertThat(response.header("RateLimit-Remaining")).isPresent();
        assertThat(response.header("RateLimit-Reset")).isPresent();
    }

    private static Response last(List<Response> responses) {
        return responses.get(responses.size() - 1);
    }
}

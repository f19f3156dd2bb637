package dev.marquee.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.bootstrap.Marquee.RunningMarquee;
import io.micronaut.json.JsonMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Rate limits cannot be walked around with forwarding headers: without a configured proxy header
 * they are ignored, and with one only the hop the proxy appended counts.
 */
class RateLimitsApiTest {

    private static final int REQUESTS_PER_MINUTE = 5;
    private static final int LOGINS_PER_MINUTE = 3;
    private static final Map<String, Object> LIMITS =
            Map.of(
                    "marquee.rate-limits.enabled",
                    true,
                    "marquee.rate-limits.per-caller.capacity",
                    REQUESTS_PER_MINUTE,
                    "marquee.rate-limits.per-caller.period",
                    "1m",
                    "marquee.rate-limits.credentials.capacity",
                    LOGINS_PER_MINUTE,
                    "marquee.rate-limits.credentials.period",
                    "1m");
    private static final String LOGIN = "{\"login\":\"nobody\",\"password\":\"wrong-password\"}";

    @Test
    void withoutAConfiguredProxyHeaderForwardingHeadersDoNotChangeTheBucket() {
        try (RunningMarquee instance =
                TestMarquee.start(TestMarquee.freshDataDirectory(), LIMITS)) {
            Api api = apiOf(instance);
            exhaust(api, "/api/v1/genres", Map.of());

            assertThat(api.get("/api/v1/genres", Map.of("X-Forwarded-For", "203.0.113.7")).status())
                    .isEqualTo(429);
            assertThat(api.get("/api/v1/genres", Map.of("Forwarded", "for=203.0.113.8")).status())
                    .isEqualTo(429);
            assertThat(api.get("/api/v1/genres", Map.of("X-Real-IP", "203.0.113.9")).status())
                    .isEqualTo(429);
        }
    }

    @Test
    void withoutAConfiguredProxyHeaderTheLoginLimitCannotBeBypassed() {
        try (RunningMarquee instance =
                TestMarquee.start(TestMarquee.freshDataDirectory(), LIMITS)) {
            Api api = apiOf(instance);
            for (int i = 0; i < LOGINS_PER_MINUTE; i++) {
                assertThat(api.post("/api/v1/auth/login", LOGIN, null).status()).isEqualTo(401);
            }

            assertThat(login(api, Map.of("X-Forwarded-For", "203.0.113.7"))).isEqualTo(429);
            assertThat(login(api, Map.of("Forwarded", "for=203.0.113.7"))).isEqualTo(429);
        }
    }

    @Test
    void behindAConfiguredProxyOnlyTheHopItAppendedCounts() {
        Map<String, Object> behindProxy = new java.util.HashMap<>(LIMITS);
        behindProxy.put("micronaut.server.client-address-header", "X-Forwarded-For");
        try (RunningMarquee instance =
                TestMarquee.start(TestMarquee.freshDataDirectory(), behindProxy)) {
            Api api = apiOf(instance);
            exhaust(api, "/api/v1/genres", Map.of("X-Forwarded-For", "198.51.100.9"));

            assertThat(
                            api.get(
                                            "/api/v1/genres",
                                            Map.of("X-Forwarded-For", "203.0.113.7, 198.51.100.9"))
                                    .status())
                    .as("a hop the client made up in front of the proxy's")
                    .isEqualTo(429);
            assertThat(
                            api.get("/api/v1/genres", Map.of("X-Forwarded-For", "198.51.100.10"))
                                    .status())
                    .as("another client behind the same proxy")
                    .isEqualTo(200);
        }
    }

    private static void exhaust(Api api, String path, Map<String, String> headers) {
        for (int i = 0; i < REQUESTS_PER_MINUTE; i++) {
            assertThat(api.get(path, headers).status()).isEqualTo(200);
        }
        assertThat(api.get(path, headers).status()).isEqualTo(429);
    }

    private static int login(Api api, Map<String, String> headers) {
        return api.send("POST", "/api/v1/auth/login", LOGIN, null, headers).status();
    }

    private static Api apiOf(RunningMarquee instance) {
        return new Api(TestMarquee.baseUrl(instance), instance.context().getBean(JsonMapper.class));
    }
}

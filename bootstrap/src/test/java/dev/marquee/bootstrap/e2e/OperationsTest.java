package dev.marquee.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.bootstrap.e2e.Api.Response;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The operational endpoints at the root: health, the OpenAPI document, Swagger UI, metrics. */
class OperationsTest {

    private static Api api;

    @BeforeAll
    static void connect() {
        api = Api.forShared();
    }

    @Test
    void healthTellsAnonymousCallersTheStatusAndNothingElse() {
        Response health = api.get("/health");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json()).containsEntry("status", "UP");
        assertThat(health.json().get("details")).isNull();
        assertThat(health.body())
                .doesNotContain("jdbc")
                .doesNotContain("postgres")
                .doesNotContain("version");
        assertThat(api.get("/health", Map.of("Authorization", "Bearer " + api.adminToken())).body())
                .doesNotContain("jdbc");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/threaddump",
                "/beans",
                "/routes",
                "/info",
                "/metrics",
                "/loggers",
                "/env",
                "/caches",
                "/refresh",
                "/stop"
            })
    void noOtherManagementEndpointAnswersAnyone(String path) {
        String user = api.logIn(Fixtures.regularUser(), "password123");
        String admin = api.adminToken();
        for (String token : new String[] {null, user, admin}) {
            assertThat(
                            api.get(
                                            path,
                                            token == null
                                                    ? Map.of()
                                                    : Map.of("Authorization", "Bearer " + token))
                                    .status())
                    .as("GET %s", path)
                    .isEqualTo(404);
            assertThat(api.post(path, "{}", token).status()).as("POST %s", path).isIn(404, 405);
        }
    }

    @Test
    void servesTheOpenApiDocumentGeneratedFromTheCode() {
        Response document = api.get("/openapi.yml");

        assertThat(document.status()).isEqualTo(200);
        assertThat(document.header("Content-Type").orElseThrow()).startsWith("application/yaml");
        assertThat(document.body())
                .startsWith("openapi: 3.")
                .contains("/api/v1/genres/{id}:")
                .contains("/api/v1/countries:")
                .contains("/api/v1/auth/login:");
    }

    @Test
    void servesSwaggerUiWithItsAssetsLocally() {
        Response page = api.get("/docs");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(page.body())
                .contains("/swagger-ui/res/swagger-ui-bundle.js")
                .contains("/swagger/marquee.yml");
        assertThat(api.get("/swagger-ui/res/swagger-ui-bundle.js").status()).isEqualTo(200);
        assertThat(api.get("/swagger/marquee.yml").status()).isEqualTo(200);
    }

    @Test
    void prometheusMetricsAreForAdministratorsAndTheConfiguredScraper() {
        api.get("/api/v1/genres");

        Response metrics =
                api.get("/prometheus", Map.of("Authorization", "Bearer " + api.adminToken()));
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body())
                .contains("http_server_requests_seconds")
                .contains("jvm_memory_used_bytes");
        assertThat(
                        api.get(
                                        "/prometheus",
                                        Map.of(
                                                "Authorization",
                                                "Bearer " + TestMarquee.METRICS_SCRAPE_TOKEN))
                                .status())
                .isEqualTo(200);

        assertThat(api.get("/prometheus").status()).isEqualTo(401);
        assertThat(
                        api.get(
                                        "/prometheus",
                                        Map.of(
                                                "Authorization",
                                                "Bearer " + TestMarquee.METRICS_SCRAPE_TOKEN + "x"))
                                .status())
                .isEqualTo(401);
        String user = api.logIn(Fixtures.regularUser(), "password123");
        assertThat(api.get("/prometheus", Map.of("Authorization", "Bearer " + user)).status())
                .isEqualTo(403);
    }
}

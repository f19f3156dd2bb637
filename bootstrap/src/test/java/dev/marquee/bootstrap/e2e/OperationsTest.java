package dev.marquee.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.bootstrap.e2e.Api.Response;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The operational endpoints at the root: health, the OpenAPI document, Swagger UI, metrics. */
class OperationsTest {

    private static Api api;

    @BeforeAll
    static void connect() {
        api = Api.forShared();
    }

    @Test
    @SuppressWarnings("unchecked")
    void healthReportsTheDatabaseAndTheObjectStoreUp() {
        Response health = api.get("/health");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json()).containsEntry("status", "UP");
        Map<String, Object> details = (Map<String, Object>) health.json().get("details");
        assertThat((Map<String, Object>) details.get("jdbc")).containsEntry("status", "UP");
        assertThat((Map<String, Object>) details.get("objectStore")).containsEntry("status", "UP");
    }

    @Test
    void servesTheOpenApiDocumentGeneratedFromTheCode() {
        Response document = api.get("/openapi.yml");

        assertThat(document.status()).isEqualTo(200);
        assertThat(document.header("Content-Type").orElseThrow()).startsWith("application/yaml");
        assertThat(document.body()).startsWith("openapi: 3.").contains("/api/v1/genres/{id}:").contains("/api/v1/countries:")
                .contains("/api/v1/auth/login:");
    }

    @Test
    void servesSwaggerUiWithItsAssetsLocally() {
        Response page = api.get("/docs");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(page.body()).contains("/swagger-ui/res/swagger-ui-bundle.js").contains("/swagger/marquee.yml");
        assertThat(api.get("/swagger-ui/res/swagger-ui-bundle.js").status()).isEqualTo(200);
        assertThat(api.get("/swagger/marquee.yml").status()).isEqualTo(200);
    }

    @Test
    void exposesPrometheusMetrics() {
        api.get("/api/v1/genres");

        Response metrics = api.get("/prometheus");

        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("http_server_requests_seconds").contains("jvm_memory_used_bytes");
    }
}

package dev.marquee.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The check every end-to-end response goes through refuses what the OpenAPI document does not
 * allow: an undocumented status, an undocumented field, a missing required header, a body of the
 * wrong shape; and lets through what it does.
 */
class ApiContractTest {

    private static final Map<String, List<String>> JSON =
            Map.of("content-type", List.of("application/json"));
    private static final Map<String, List<String>> PROBLEM =
            Map.of("content-type", List.of("application/problem+json"));
    private static final String GENRE = "{\"id\":7,\"name\":\"Drama\"}";
    private static final String NOT_FOUND =
            "{\"type\":\"https://marquee.dev/problems/genre-not-found\",\"title\":\"Not Found\","
                    + "\"status\":404,\"detail\":\"No genre 7\"}";

    private final ApiContract contract = ApiContract.shared();

    @Test
    void acceptsADocumentedResponse() {
        assertThat(violations("GET", "/api/v1/genres/7", 200, JSON, GENRE)).isEmpty();
        assertThat(violations("GET", "/api/v1/genres/7", 404, PROBLEM, NOT_FOUND)).isEmpty();
    }

    @Test
    void refusesAnUndocumentedStatus() {
        assertThat(violations("GET", "/api/v1/genres/7", 418, PROBLEM, NOT_FOUND))
                .singleElement()
                .asString()
                .contains("validation.response.status.unknown");
        assertThatThrownBy(
                        () ->
                                contract.check(
                                        "DELETE",
                                        URI.create("http://localhost/api/v1/genres/7"),
                                        200,
                                        JSON,
                                        GENRE))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("answered 200")
                .hasMessageContaining("status");
    }

    @Test
    void refusesAnUndocumentedField() {
        assertThat(
                        violations(
                                "GET",
                                "/api/v1/genres/7",
                                200,
                                JSON,
                                "{\"id\":7,\"name\":\"Drama\",\"internalCode\":\"x\"}"))
                .isNotEmpty()
                .anySatisfy(violation -> assertThat(violation).contains("internalCode"));
    }

    @Test
    void refusesABodyOfTheWrongShape() {
        assertThat(violations("GET", "/api/v1/genres/7", 200, JSON, "{\"id\":\"seven\"}"))
                .isNotEmpty();
        assertThat(violations("GET", "/api/v1/genres/7", 404, JSON, NOT_FOUND)).isNotEmpty();
    }

    @Test
    void readsANullableReferenceAsNullOrTheReferencedSchema() {
        String person = "{\"id\":3,\"firstName\":\"Agnès\",\"gender\":\"FEMALE\",\"country\":%s}";
        String france = "{\"id\":1,\"code\":\"FR\",\"name\":\"France\"}";
        assertThat(violations("GET", "/api/v1/persons", 200, JSON, pageOf(person, france)))
                .isEmpty();
        assertThat(violations("GET", "/api/v1/persons", 200, JSON, pageOf(person, "null")))
                .isEmpty();
        assertThat(violations("GET", "/api/v1/persons", 200, JSON, pageOf(person, "\"FR\"")))
                .isNotEmpty();
        assertThat(
                        violations(
                                "GET",
                                "/api/v1/persons",
                                200,
                                JSON,
                                pageOf(person, "{\"id\":1,\"code\":\"FR\"}")))
                .isNotEmpty();
    }

    private static String pageOf(String item, String country) {
        return "{\"items\":["
                + item.formatted(country)
                + "],\"page\":1,\"size\":20,\"totalItems\":1,\"totalPages\":1}";
    }

    @Test
    void refusesACreatedWithoutItsLocation() {
        assertThat(violations("POST", "/api/v1/genres", 201, JSON, GENRE))
                .anySatisfy(violation -> assertThat(violation).contains("Location"));
        assertThat(
                        violations(
                                "POST",
                                "/api/v1/genres",
                                201,
                                Map.of(
                                        "content-type",
                                        List.of("application/json"),
                                        "location",
                                        List.of("/api/v1/genres/7")),
                                GENRE))
                .isEmpty();
    }

    @Test
    void acceptsOnlyARefusalOutsideTheDocument() {
        assertThat(violations("GET", "/api/v1/no-such-thing", 404, PROBLEM, NOT_FOUND)).isEmpty();
        assertThat(violations("PATCH", "/api/v1/genres/7", 405, PROBLEM, NOT_FOUND)).isEmpty();
        assertThat(violations("DELETE", "/api/v1/genres/", 401, PROBLEM, NOT_FOUND)).isEmpty();
        assertThat(violations("GET", "/api/v1/genres/7/", 200, JSON, GENRE)).isEmpty();
        assertThat(violations("GET", "/api/v1/no-such-thing", 200, JSON, GENRE)).isNotEmpty();
        assertThat(violations("GET", "/api/v1/no-such-thing", 400, PROBLEM, NOT_FOUND))
                .isNotEmpty();
        assertThat(violations("GET", "/health", 200, JSON, "{\"status\":\"UP\"}")).isEmpty();
    }

    private List<String> violations(
            String method,
            String path,
            int status,
            Map<String, List<String>> headers,
            String body) {
        return contract.violations(
                method, URI.create("http://localhost" + path), status, headers, body);
    }
}

package dev.marquee.bootstrap.e2e;

import static dev.marquee.bootstrap.e2e.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.bootstrap.e2e.Api.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The conventions every resource shares: problem+json, ETags, nothing internal ever leaked. */
class ConventionsApiTest {

    private static final List<String> LEAKS =
            List.of(
                    "Exception",
                    "\tat ",
                    "at dev.marquee",
                    "io.micronaut",
                    "org.postgresql",
                    "com.fasterxml",
                    "SQL",
                    "select ",
                    "insert into",
                    "$2a$",
                    "$2b$",
                    "dev.marquee");

    private static Api api;
    private static String admin;

    @BeforeAll
    static void connect() {
        api = Api.forShared();
        admin = api.adminToken();
    }

    @Test
    void getSendsAnETagAndAMatchingIfNoneMatchGets304WithoutBody() {
        long id = api.post("/api/v1/genres", "{\"name\":\"Tagged " + unique() + "\"}", admin).id();
        Response first = api.get("/api/v1/genres/" + id);
        String etag = first.header("ETag").orElseThrow();

        Response unchanged = api.get("/api/v1/genres/" + id, Map.of("If-None-Match", etag));

        assertThat(unchanged.status()).isEqualTo(304);
        assertThat(unchanged.body()).isEmpty();
        assertThat(unchanged.header("ETag")).hasValue(etag);
    }

    @Test
    void theETagChangesWithTheResource() {
        long id = api.post("/api/v1/genres", "{\"name\":\"Before " + unique() + "\"}", admin).id();
        String before = api.get("/api/v1/genres/" + id).header("ETag").orElseThrow();

        api.put("/api/v1/genres/" + id, "{\"name\":\"After " + unique() + "\"}", admin);

        Response changed = api.get("/api/v1/genres/" + id, Map.of("If-None-Match", before));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.header("ETag")).isPresent().get().isNotEqualTo(before);
    }

    @Test
    void listsHaveETagsToo() {
        Response list = api.get("/api/v1/countries");
        String etag = list.header("ETag").orElseThrow();

        assertThat(api.get("/api/v1/countries", Map.of("If-None-Match", etag)).status())
                .isEqualTo(304);
    }

    @Test
    void unknownPathsAndMethodsAreProblems() {
        Response unknown = api.get("/api/v1/nothing-here");
        Response wrongMethod = api.send("PATCH", "/api/v1/genres/1", "{}", admin, Map.of());

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.header("Content-Type")).hasValue("application/problem+json");
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.header("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void unsupportedContentTypeIs415() {
        Response response =
                api.send(
                        "POST",
                        "/api/v1/genres",
                        "name=Drama",
                        admin,
                        Map.of("Content-Type", "application/x-www-form-urlencoded"));

        assertThat(response.status()).isEqualTo(415);
        assertThat(response.header("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void noMalformedRequestGetsA5xxOrLeaksInternals() {
        List<Response> responses =
                List.of(
                        api.post("/api/v1/genres", "{\"name\":", admin),
                        api.post("/api/v1/genres", "{\"name\": 12345678901234567890123}", admin),
                        api.post("/api/v1/genres", "\u0000\u0001", admin),
                        api.post(
                                "/api/v1/genres", "{\"name\":\"" + "x".repeat(5000) + "\"}", admin),
                        api.post("/api/v1/genres", null, admin),
                        api.post(
                                "/api/v1/countries",
                                "{\"code\":{\"$ne\":1},\"name\":\"x\"}",
                                admin),
                        api.post(
                                "/api/v1/countries",
                                "{\"code\":\"FR'; drop table countries;--\",\"name\":\"x\"}",
                                admin),
                        api.put("/api/v1/genres/1", "[1,2,3]", admin),
                        api.get("/api/v1/genres/1%27%20or%201=1"),
                        api.get("/api/v1/genres?sort=name;drop%20table%20genres"),
                        api.get("/api/v1/genres?page=99999999999999"),
                        api.get("/api/v1/genres?size=-1"),
                        api.get("/api/v1/genres/" + "9".repeat(40)),
                        api.post("/api/v1/auth/login", "{\"login\":[],\"password\":{}}", null),
                        api.post("/api/v1/auth/login", "{\"login\":\"x\"}", null),
                        api.send(
                                "POST",
                                "/api/v1/genres",
                                "{\"name\":\"x\"}",
                                null,
                                Map.of("Authorization", "Bearer not.a.token")),
                        api.send(
                                "POST",
                                "/api/v1/genres",
                                "{\"name\":\"x\"}",
                                null,
                                Map.of("Authorization", "Basic YWRtaW46YWRtaW4=")));

        assertThat(responses)
                .allSatisfy(
                        response -> {
                            assertThat(response.status()).isLessThan(500);
                            if (response.status() >= 400) {
                                assertThat(response.header("Content-Type"))
                                        .hasValue("application/problem+json");
                            }
                            assertThat(LEAKS).noneMatch(leak -> response.body().contains(leak));
                        });
        assertThat(responses)
                .filteredOn(response -> response.status() >= 400)
                .hasSizeGreaterThan(responses.size() - 4);
    }

    @Test
    void anOperationWithoutContentAcceptsAClientThatAcceptsOnlyProblems() {
        // Generated clients send "Accept: application/problem+json" where the only documented
        // content of an operation is its problems (a 204 has none): that must not be a 406.
        long genre =
                api.post(
                                "/api/v1/genres",
                                "{\"name\":\"Accepting " + Fixtures.unique() + "\"}",
                                admin)
                        .id();
        String user = api.logIn(Fixtures.regularUser(), "password123");

        var deleted =
                api.send(
                        "DELETE",
                        "/api/v1/genres/" + genre,
                        null,
                        admin,
                        Map.of("Accept", "application/problem+json"));
        var unknown =
                api.send(
                        "DELETE",
                        "/api/v1/genres/" + genre,
                        null,
                        admin,
                        Map.of("Accept", "application/problem+json"));
        var unfavorited =
                api.send(
                        "DELETE",
                        "/api/v1/users/me/favorites/" + genre,
                        null,
                        user,
                        Map.of("Accept", "application/problem+json"));

        assertThat(deleted.status()).isEqualTo(204);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.header("Content-Type"))
                .hasValueSatisfying(
                        type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(unfavorited.status()).isIn(204, 404);
    }

    @Test
    void problemsHaveTheRfc9457Shape() {
        Map<String, Object> problem = api.get("/api/v1/genres/987654321").json();

        assertThat(problem).containsKeys("type", "title", "status", "detail");
        assertThat((String) problem.get("type")).startsWith("https://");
        assertThat(problem).containsEntry("title", "Not Found").containsEntry("status", 404);
    }
}

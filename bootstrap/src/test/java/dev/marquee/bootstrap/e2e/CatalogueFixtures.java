package dev.marquee.bootstrap.e2e;

import static dev.marquee.bootstrap.e2e.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.bootstrap.e2e.Api.Response;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.assertj.core.api.InstanceOfAssertFactories;

/**
 * Catalogue test data created through the API (genres, countries, persons, movies, cast), and
 * shared assertions.
 */
final class CatalogueFixtures {

    /** An id no row of the shared database gets during a test run. */
    static final long UNKNOWN_ID = 987_654_321L;

    /** What must never appear in a response body: stack traces, class names, SQL. */
    static final List<String> LEAKS =
            List.of(
                    "Exception",
                    "\tat ",
                    "dev.marquee",
                    "io.micronaut",
                    "org.postgresql",
                    "com.fasterxml",
                    "SQL",
                    "select ",
                    "insert into",
                    "violates",
                    "constraint");

    private final Api api;
    private final String admin;

    CatalogueFixtures(Api api, String admin) {
        this.api = api;
        this.admin = admin;
    }

    /** A country as created here. */
    record Country(long id, String code, String name) {}

    long genre(String name) {
        return created(api.post("/api/v1/genres", json("name", name), admin)).id();
    }

    long genre() {
        return genre("Genre " + unique());
    }

    /** A new country with an ISO code that no country has yet. */
    Country country() {
        for (int attempt = 0; attempt < 5; attempt++) {
            String code = freeCountryCode();
            String name = "Land " + unique();
            Response response =
                    api.post("/api/v1/countries", json("code", code, "name", name), admin);
            if (response.status() == 201) {
                return new Country(response.id(), code, name);
            }
        }
        throw new IllegalStateException("could not create a country");
    }

    long person(String firstName, String lastName) {
        return person("firstName", firstName, "lastName", lastName);
    }

    long person(Object... fields) {
        return created(api.post("/api/v1/persons", json(fields), admin)).id();
    }

    long movieTitled(String title) {
        return movie("title", title);
    }

    long movie(Object... fields) {
        return created(api.post("/api/v1/movies", json(fields), admin)).id();
    }

    /** Credits an actor with a new character of that name; returns the whole credit. */
    Map<String, Object> credit(long movie, long actor, String characterName, String role) {
        return created(
                        api.post(
                                "/api/v1/movies/" + movie + "/cast",
                                json(
                                        "actorId",
                                        actor,
                                        "characterName",
                                        characterName,
                                        "role",
                                        role),
                                admin))
                .json();
    }

    /** Credits an actor with an existing character; returns the whole credit. */
    Map<String, Object> credit(long movie, long actor, long character, String role) {
        return created(
                        api.post(
                                "/api/v1/movies/" + movie + "/cast",
                                json("actorId", actor, "characterId", character, "role", role),
                                admin))
                .json();
    }

    private static Response created(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response;
    }

    /** An ISO 3166 alpha-2 code that no country in the shared database has yet. */
    static String freeCountryCode() {
        List<String> codes = new ArrayList<>(List.of(Locale.getISOCountries()));
        java.util.Collections.shuffle(codes);
        for (String code : codes) {
            if (Fixtures.sql("select count(*) from countries where code = ?", code) == 0) {
                return code;
            }
        }
        throw new IllegalStateException("every ISO code is taken");
    }

    static int uniqueTmdbId() {
        return ThreadLocalRandom.current().nextInt(100_000_000, 2_000_000_000);
    }

    static String uniqueImdbId() {
        return "tt" + ThreadLocalRandom.current().nextLong(100_000_000L, 1_000_000_000L);
    }

    /**
     * A JSON object from alternating keys and values (null, strings, numbers, booleans, lists,
     * maps).
     */
    static String json(Object... keysAndValues) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            object.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return encode(object);
    }

    private static String encode(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
        }
        if (value instanceof Map<?, ?> map) {
            List<String> members = new ArrayList<>();
            map.forEach(
                    (key, member) -> members.add(encode(key.toString()) + ":" + encode(member)));
            return "{" + String.join(",", members) + "}";
        }
        if (value instanceof Collection<?> collection) {
            return "["
                    + String.join(",", collection.stream().map(CatalogueFixtures::encode).toList())
                    + "]";
        }
        StringBuilder text = new StringBuilder("\"");
        for (char c : value.toString().toCharArray()) {
            switch (c) {
                case '"' -> text.append("\\\"");
                case '\\' -> text.append("\\\\");
                case '\n' -> text.append("\\n");
                default -> {
                    if (c < 0x20) {
                        text.append(String.format("\\u%04x", (int) c));
                    } else {
                        text.append(c);
                    }
                }
            }
        }
        return text.append('"').toString();
    }

    /** A query parameter value, percent-encoded. */
    static String param(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static long id(Object resource) {
        return ((Number) ((Map<?, ?>) resource).get("id")).longValue();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> objects(Object value) {
        return (List<Map<String, Object>>) value;
    }

    static List<Long> ids(Response page) {
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        return page.items().stream().map(CatalogueFixtures::id).toList();
    }

    static BigDecimal decimal(Object value) {
        return value == null ? null : new BigDecimal(value.toString());
    }

    static long count(String statement, Object... parameters) {
        return Fixtures.sql(statement, parameters);
    }

    /**
     * An RFC 9457 problem with this status, as application/problem+json, leaking nothing internal.
     */
    static void assertProblem(Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).hasValue("application/problem+json");
        assertThat(response.json())
                .containsEntry("status", status)
                .containsKeys("type", "title", "detail");
        assertThat(LEAKS).noneMatch(leak -> response.body().contains(leak));
    }

    /** Anything but a server error: a success, or a 4xx problem+json that leaks nothing. */
    static void assertNoServerError(Response response) {
        assertThat(response.status()).as(response.body()).isLessThan(500);
        if (response.status() >= 400) {
            assertThat(response.header("Content-Type")).hasValue("application/problem+json");
        }
        assertThat(LEAKS).noneMatch(leak -> response.body().contains(leak));
    }

    /** A 400 problem whose errors name this field. */
    static void assertInvalidField(Response response, String field) {
        assertProblem(response, 400);
        assertThat(response.json().get("errors"))
                .asInstanceOf(InstanceOfAssertFactories.LIST)
                .anySatisfy(error -> assertThat(((Map<?, ?>) error).get("field")).isEqualTo(field));
    }
}

package dev.marquee.bootstrap.e2e;

import static dev.marquee.bootstrap.e2e.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.bootstrap.e2e.Api.Response;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CountriesApiTest {

    private static Api api;
    private static String admin;

    @BeforeAll
    static void connect() {
        api = Api.forShared();
        admin = api.adminToken();
    }

    /** An ISO code that no country in the shared database has yet. */
    private static String freeCode() {
        for (String code : Locale.getISOCountries()) {
            if (Fixtures.sql("select count(*) from countries where code = ?", code) == 0) {
                return code;
            }
        }
        throw new IllegalStateException("every ISO code is taken");
    }

    private static Response create(String code, String name) {
        return api.post(
                "/api/v1/countries",
                "{\"code\":\"" + code + "\",\"name\":\"" + name + "\"}",
                admin);
    }

    @Test
    void createsCountryWithUpperCaseCodeAndLocation() {
        String code = freeCode();
        String name = "Ruritania " + unique();

        Response created = create(code.toLowerCase(Locale.ROOT), name);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json()).containsEntry("code", code).containsEntry("name", name);
        assertThat(created.header("Location")).hasValue("/api/v1/countries/" + created.id());
        assertThat(api.get("/api/v1/countries/" + created.id()).json()).isEqualTo(created.json());
    }

    @Test
    void duplicateCodeOrNameIsAConflict() {
        String code = freeCode();
        String name = "Latveria " + unique();
        create(code, name);

        assertThat(create(code, "Other " + unique()).status()).isEqualTo(409);
        assertThat(create(freeCode(), name.toUpperCase(Locale.ROOT)).status()).isEqualTo(409);
    }

    @Test
    void updatesAndDeletesCountry() {
        long id = create(freeCode(), "Zubrowka " + unique()).id();
        String newCode = freeCode();
        String newName = "Republic of Zubrowka " + unique();

        Response updated =
                api.put(
                        "/api/v1/countries/" + id,
                        "{\"code\":\"" + newCode + "\",\"name\":\"" + newName + "\"}",
                        admin);

        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json()).containsEntry("code", newCode).containsEntry("name", newName);
        assertThat(api.delete("/api/v1/countries/" + id, admin).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/countries/" + id).status()).isEqualTo(404);
    }

    @Test
    void countryOfAMovieCannotBeDeleted() {
        long id = create(freeCode(), "Wakanda " + unique()).id();
        Fixtures.sql("insert into movies (title, country_id) values ('Panther', ?)", id);

        Response refused = api.delete("/api/v1/countries/" + id, admin);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json())
                .containsEntry("type", "https://marquee.dev/problems/country-in-use");
    }

    @ParameterizedTest
    @ValueSource(strings = {"XX", "ZZ", "A", "ABC", "12", "", "F1"})
    void codesOutsideIso3166AreRejected(String code) {
        Response invalid = create(code, "Nowhere " + unique());

        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().get("errors"))
                .asList()
                .anySatisfy(
                        error -> assertThat(((Map<?, ?>) error).get("field")).isEqualTo("code"));
    }

    @Test
    void writesNeedTheAdminRole() {
        String user = api.logIn(Fixtures.regularUser(), "password123");

        assertThat(
                        api.post("/api/v1/countries", "{\"code\":\"FR\",\"name\":\"France\"}", user)
                                .status())
                .isEqualTo(403);
        assertThat(
                        api.post("/api/v1/countries", "{\"code\":\"FR\",\"name\":\"France\"}", null)
                                .status())
                .isEqualTo(401);
    }

    @Test
    void sortsByCodeAndRejectsUnknownSortFields() {
        Response sorted = api.get("/api/v1/countries?sort=code,desc&size=100");

        assertThat(sorted.status()).isEqualTo(200);
        assertThat(sorted.items().stream().map(item -> (String) item.get("code")).toList())
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(api.get("/api/v1/countries?sort=population").status()).isEqualTo(400);
    }
}

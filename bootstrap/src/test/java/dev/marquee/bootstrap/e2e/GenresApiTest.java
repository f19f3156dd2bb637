package dev.marquee.bootstrap.e2e;

import static dev.marquee.bootstrap.e2e.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.bootstrap.e2e.Api.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GenresApiTest {

    private static Api api;
    private static String admin;

    @BeforeAll
    static void connect() {
        api = Api.forShared();
        admin = api.adminToken();
    }

    @Test
    void createsGenreWithLocationAndReadsItBack() {
        String name = "Film-Noir " + unique();

        Response created = api.post("/api/v1/genres", "{\"name\":\"" + name + "\"}", admin);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json()).containsEntry("name", name);
        assertThat(created.header("Location")).hasValue("/api/v1/genres/" + created.id());
        Response read = api.get(created.header("Location").orElseThrow());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json()).isEqualTo(created.json());
    }

    @Test
    void trimsTheName() {
        String name = "Musical " + unique();

        Response created = api.post("/api/v1/genres", "{\"name\":\"  " + name + "  \"}", admin);

        assertThat(created.json()).containsEntry("name", name);
    }

    @Test
    void duplicateNameInAnyCaseIsAConflict() {
        String name = "Horror " + unique();
        api.post("/api/v1/genres", "{\"name\":\"" + name + "\"}", admin);

        Response duplicate =
                api.post("/api/v1/genres", "{\"name\":\"" + name.toUpperCase() + "\"}", admin);

        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.header("Content-Type")).hasValue("application/problem+json");
        assertThat(duplicate.json())
                .containsEntry("status", 409)
                .containsKeys("type", "title", "detail");
    }

    @Test
    void renamesGenre() {
        long id = api.post("/api/v1/genres", "{\"name\":\"Scifi " + unique() + "\"}", admin).id();
        String newName = "Science Fiction " + unique();

        Response renamed = api.put("/api/v1/genres/" + id, "{\"name\":\"" + newName + "\"}", admin);

        assertThat(renamed.status()).isEqualTo(200);
        assertThat(api.get("/api/v1/genres/" + id).json()).containsEntry("name", newName);
    }

    @Test
    void renameToAnotherGenresNameIsAConflictAndChangesNothing() {
        String taken = "Taken " + unique();
        api.post("/api/v1/genres", "{\"name\":\"" + taken + "\"}", admin);
        String original = "Original " + unique();
        long id = api.post("/api/v1/genres", "{\"name\":\"" + original + "\"}", admin).id();

        Response conflict = api.put("/api/v1/genres/" + id, "{\"name\":\"" + taken + "\"}", admin);

        assertThat(conflict.status()).isEqualTo(409);
        assertThat(api.get("/api/v1/genres/" + id).json()).containsEntry("name", original);
    }

    @Test
    void deletesGenreThenItIsGone() {
        long id =
                api.post("/api/v1/genres", "{\"name\":\"Ephemeral " + unique() + "\"}", admin).id();

        assertThat(api.delete("/api/v1/genres/" + id, admin).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/genres/" + id).status()).isEqualTo(404);
        assertThat(api.delete("/api/v1/genres/" + id, admin).status()).isEqualTo(404);
    }

    @Test
    void genreStillOnAMovieCannotBeDeleted() {
        long id = api.post("/api/v1/genres", "{\"name\":\"Used " + unique() + "\"}", admin).id();
        long movie = Fixtures.sql("insert into movies (title) values ('Heat') returning id");
        Fixtures.sql("insert into movie_genres (movie_id, genre_id) values (?, ?)", movie, id);

        Response refused = api.delete("/api/v1/genres/" + id, admin);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json())
                .containsEntry("type", "https://marquee.dev/problems/genre-in-use");
        assertThat(api.get("/api/v1/genres/" + id).status()).isEqualTo(200);
    }

    @Test
    void listsAPageWithItsPositionAndLinks() {
        for (int i = 0; i < 3; i++) {
            api.post("/api/v1/genres", "{\"name\":\"Paged " + unique() + "\"}", admin);
        }

        Response page = api.get("/api/v1/genres?page=2&size=1&sort=name,desc");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json()).containsEntry("page", 2).containsEntry("size", 1);
        assertThat(page.items()).hasSize(1);
        long total = ((Number) page.json().get("totalItems")).longValue();
        assertThat(page.json()).containsEntry("totalPages", (int) total);
        assertThat(page.header("Link").orElseThrow())
                .contains("</api/v1/genres?page=1&size=1&sort=name%2Cdesc>; rel=\"first\"")
                .contains("rel=\"prev\"")
                .contains("rel=\"next\"")
                .contains("page=" + total + "&size=1&sort=name%2Cdesc>; rel=\"last\"");
    }

    @Test
    void sortsByNameDescending() {
        Response page = api.get("/api/v1/genres?size=100&sort=name,desc");

        List<String> names =
                page.items().stream()
                        .map(item -> ((String) item.get("name")).toLowerCase())
                        .toList();
        assertThat(names).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void writesNeedAToken() {
        Response anonymous =
                api.post("/api/v1/genres", "{\"name\":\"Anon " + unique() + "\"}", null);

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void writesNeedTheAdminRole() {
        String user = api.logIn(Fixtures.regularUser(), "password123");

        Response forbidden =
                api.post("/api/v1/genres", "{\"name\":\"Mine " + unique() + "\"}", user);

        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.json()).containsEntry("status", 403);
        assertThat(api.delete("/api/v1/genres/1", user).status()).isEqualTo(403);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"name\":\"\"}",
                "{\"name\":\"   \"}",
                "{}",
                "{\"name\":null}",
                "{\"name\":\"ThisNameIsFarTooLongForAGenreBecauseItExceedsFiftyChars\"}"
            })
    void invalidNamesAreRejectedNamingTheField(String body) {
        Response invalid = api.post("/api/v1/genres", body, admin);

        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json()).containsEntry("status", 400);
        assertThat(invalid.json().get("errors"))
                .asList()
                .anySatisfy(
                        error -> assertThat(((Map<?, ?>) error).get("field")).isEqualTo("name"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"name\":",
                "not json",
                "[]",
                "{\"name\":{\"x\":1}}",
                "{\"name\":[\"a\", \"b\"]}"
            })
    void malformedBodiesAreBadRequests(String body) {
        Response malformed = api.post("/api/v1/genres", body, admin);

        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.header("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void unknownAndImpossibleIdsAreNotFound() {
        assertThat(api.get("/api/v1/genres/987654321").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/genres/0").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/genres/-5").status()).isEqualTo(404);
        assertThat(
                        api.put(
                                        "/api/v1/genres/987654321",
                                        "{\"name\":\"Ghost " + unique() + "\"}",
                                        admin)
                                .status())
                .isEqualTo(404);
    }

    @Test
    void malformedIdsAreBadRequests() {
        assertThat(api.get("/api/v1/genres/abc").status()).isEqualTo(400);
        assertThat(api.get("/api/v1/genres/99999999999999999999999").status()).isEqualTo(400);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "page=0",
                "page=-1",
                "size=0",
                "size=1000",
                "size=101",
                "page=abc",
                "sort=population,asc",
                "sort=name,sideways",
                "sort=,asc",
                "sort=name,asc,id"
            })
    void invalidListParametersAreBadRequests(String query) {
        Response invalid = api.get("/api/v1/genres?" + query);

        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.header("Content-Type")).hasValue("application/problem+json");
    }
}

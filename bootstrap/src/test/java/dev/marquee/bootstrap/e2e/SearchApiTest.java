package dev.marquee.bootstrap.e2e;

import static dev.marquee.bootstrap.e2e.CatalogueFixtures.assertInvalidField;
import static dev.marquee.bootstrap.e2e.CatalogueFixtures.assertNoServerError;
import static dev.marquee.bootstrap.e2e.CatalogueFixtures.assertProblem;
import static dev.marquee.bootstrap.e2e.CatalogueFixtures.id;
import static dev.marquee.bootstrap.e2e.CatalogueFixtures.param;
import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.bootstrap.e2e.Api.Response;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code GET /api/v1/search} over HTTP: hit shapes and subtitles, types, paging, bad input. Each
 * run invents a word no other test uses, so its hits are its own; ranking on the real catalogue is
 * SearchQualityTest's.
 */
class SearchApiTest {

    private static Api api;
    private static CatalogueFixtures catalogue;
    private static String word;
    private static long director;
    private static long actor;
    private static long directed;
    private static long acted;
    private static long character;

    @BeforeAll
    static void catalogue() {
        api = Api.forShared();
        String admin = api.adminToken();
        catalogue = new CatalogueFixtures(api, admin);
        word = inventedWord();
        director = catalogue.person("Ildikó", "Zorvath" + word);
        actor = catalogue.person("Marlo", "Quennet" + word);
        directed =
                catalogue.movie(
                        "title",
                        "The " + word + " Affair",
                        "releaseDate",
                        "1997-05-01",
                        "directorId",
                        director);
        acted = catalogue.movie("title", word + " Returns", "releaseDate", "2003-01-01");
        character =
                id(catalogue.credit(acted, actor, "Captain " + word, "LEADING").get("character"));
        for (int i = 1; i <= 5; i++) {
            catalogue.movieTitled(word + " Chronicles " + i);
        }
    }

    /** Letters only, unlike any real word, so that trigram matches stay among this test's rows. */
    private static String inventedWord() {
        StringBuilder letters = new StringBuilder("qx");
        for (int i = 0; i < 6; i++) {
            letters.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return letters.toString();
    }

    private static Response search(String query) {
        return api.get("/api/v1/search?q=" + param(query));
    }

    private static Map<String, Object> hit(Response page, String type, long id) {
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        return page.items().stream()
                .filter(item -> type.equals(item.get("type")) && id(item) == id)
                .findFirst()
                .orElseThrow(() -> new AssertionError(type + " " + id + " not in " + page.body()));
    }

    @Test
    void aMovieHitNamesItsDirectorOrElseItsFirstLeadingActor() {
        Map<String, Object> withDirector = hit(search(word + " affair"), "movie", directed);
        assertThat(withDirector)
                .containsEntry("title", "The " + word + " Affair")
                .containsEntry("subtitle", "Ildikó Zorvath" + word)
                .containsEntry("year", 1997)
                .containsEntry("imageUrl", null)
                .containsKey("score");
        assertThat(hit(search(word + " returns"), "movie", acted))
                .containsEntry("subtitle", "Marlo Quennet" + word)
                .containsEntry("year", 2003);
    }

    @Test
    void anExactTitleComesFirstAndTheLastWordIsAPrefix() {
        assertThat(id(search(word + " affair").items().get(0))).isEqualTo(directed);
        assertThat(id(search(word + " aff").items().get(0))).isEqualTo(directed);
        assertThat(id(search(word + " affiar").items().get(0))).isEqualTo(directed);
    }

    @Test
    void aPersonHitNamesTheirBestKnownCreditAndIsFoundInEitherOrder() {
        Map<String, Object> person = hit(search("Zorvath" + word + " ildiko"), "person", director);
        assertThat(person)
                .containsEntry("title", "Ildikó Zorvath" + word)
                .containsEntry("subtitle", "The " + word + " Affair");
        assertThat(hit(search("marlo quennet" + word), "person", actor))
                .containsEntry("subtitle", word + " Returns");
    }

    @Test
    void aCharacterHitNamesTheMovieAndTheActor() {
        assertThat(hit(search("captain " + word), "character", character))
                .containsEntry("title", "Captain " + word)
                .containsEntry("subtitle", word + " Returns · Marlo Quennet" + word)
                .containsEntry("year", 2003);
    }

    @Test
    void typesNarrowTheHitsCommaSeparatedOrRepeated() {
        String q = "/api/v1/search?q=" + param("captain " + word);
        assertThat(api.get(q + "&type=character").items())
                .isNotEmpty()
                .allSatisfy(item -> assertThat(item.get("type")).isEqualTo("character"));
        assertThat(api.get(q + "&type=movie").items())
                .noneSatisfy(item -> assertThat(item.get("type")).isEqualTo("character"));
        Response both = api.get(q + "&type=person,character&type=movie");
        assertThat(both.items()).extracting(item -> item.get("type")).contains("character");
        assertInvalidField(api.get(q + "&type=film"), "type");
    }

    @Test
    void pagesLikeEveryOtherListWithLinks() {
        String q = "/api/v1/search?q=" + param(word + " chronicles") + "&type=movie&size=2";
        Response first = api.get(q);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json()).containsEntry("page", 1).containsEntry("size", 2);
        long total = ((Number) first.json().get("totalItems")).longValue();
        assertThat(total).isGreaterThanOrEqualTo(5);
        assertThat(first.items()).hasSize(2);
        assertThat(first.header("Link").orElseThrow()).contains("rel=\"next\"", "page=2");
        Response second = api.get(q + "&page=2");
        assertThat(second.items()).hasSize(2);
        assertThat(second.items())
                .extracting(CatalogueFixtures::id)
                .doesNotContainAnyElementsOf(
                        first.items().stream().map(CatalogueFixtures::id).toList());
        Response beyond = api.get(q + "&page=1000");
        assertThat(beyond.status()).isEqualTo(200);
        assertThat(beyond.items()).isEmpty();
        assertThat(((Number) beyond.json().get("totalItems")).longValue()).isEqualTo(total);
        assertInvalidField(api.get(q + "&sort=title,asc"), "sort");
        assertInvalidField(api.get(q + "&size=101"), "size");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "q=", "q=%20%20", "q=%09%0A", "q=%C2%A0"})
    void anEmptyQueryIs400(String parameter) {
        assertInvalidField(api.get("/api/v1/search?" + parameter), "q");
    }

    @Test
    void aQueryOverTwoHundredCharactersIs400AndTwoHundredIsFine() {
        assertInvalidField(search("a".repeat(201)), "q");
        assertInvalidField(search("é".repeat(201)), "q");
        assertThat(search("é".repeat(200)).status()).isEqualTo(200);
        assertThat(search("a".repeat(200)).status()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "q=%27%3B%20drop%20table%20movies%3B%20--",
                "q=%25",
                "q=_",
                "q=%5C",
                "q=%25%25%25%5F%5C%5C",
                "q=heat%00",
                "q=%00",
                "q=%FF%FE",
                "q=%C3%28",
                "q=%ED%A0%80",
                "q=%F0%9F%98%80",
                "q=1%27%20or%20%271%27%3D%271",
                "q=%E2%80%AE%E2%80%AD"
            })
    void anyOtherTextIsJustText(String parameter) {
        long started = System.nanoTime();
        Response response = api.get("/api/v1/search?" + parameter);
        assertNoServerError(response);
        assertThat(response.status()).as(response.body()).isIn(200, 400);
        if (parameter.equals("q=%00")) {
            assertProblem(response, 400);
        }
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(5_000);
    }

    @Test
    void sqlAndLikeWildcardsMatchOnlyAsText() {
        Response wildcards = search("%_%");
        assertThat(wildcards.status()).isEqualTo(200);
        assertThat(wildcards.json().get("totalItems")).isEqualTo(0);
        Response injection = search(word + " affair' or 'a'='a");
        assertThat(injection.status()).isEqualTo(200);
        assertThat(id(injection.items().get(0))).isEqualTo(directed);
        assertThat(injection.items())
                .allSatisfy(
                        item ->
                                assertThat(String.valueOf(item.get("title")).toLowerCase())
                                        .contains(word));
    }
}

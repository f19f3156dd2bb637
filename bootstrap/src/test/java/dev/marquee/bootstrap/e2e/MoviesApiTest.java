package dev.marquee.bootstrap.e2e;

import static dev.marquee.bootstrap.e2e.CatalogueFixtures.UNKNOWN_ID;
import static dev.marquee.bootstrap.e2e.CatalogueFixtures.assertInvalidField;
import static dev.marquee.bootstrap.e2e.CatalogueFixtures.assertNoServerError;
import static dev.marquee.bootstrap.e2e.CatalogueFixtures.assertProblem;
import static dev.marquee.bootstrap.e2e.CatalogueFixtures.count;
import static dev.marquee.bootstrap.e2e.CatalogueFixtures.decimal;
import static dev.marquee.bootstrap.e2e.CatalogueFixtures.id;
import static dev.marquee.bootstrap.e2e.CatalogueFixtures.ids;
import static dev.marquee.bootstrap.e2e.CatalogueFixtures.json;
import static dev.marquee.bootstrap.e2e.CatalogueFixtures.object;
import static dev.marquee.bootstrap.e2e.CatalogueFixtures.objects;
import static dev.marquee.bootstrap.e2e.CatalogueFixtures.param;
import static dev.marquee.bootstrap.e2e.CatalogueFixtures.uniqueImdbId;
import static dev.marquee.bootstrap.e2e.CatalogueFixtures.uniqueTmdbId;
import static dev.marquee.bootstrap.e2e.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.bootstrap.e2e.Api.Response;
import dev.marquee.bootstrap.e2e.CatalogueFixtures.Country;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoviesApiTest {

    private static final String MOVIES = "/api/v1/movies";
    private static final String[] HALF_STARS = {
        "0.5", "1.0", "1.5", "2.0", "2.5", "3.0", "3.5", "4.0", "4.5", "5.0"
    };

    private static Api api;
    private static String admin;
    private static CatalogueFixtures catalogue;

    @BeforeAll
    static void connect() {
        api = Api.forShared();
        admin = api.adminToken();
        catalogue = new CatalogueFixtures(api, admin);
    }

    private static long movies() {
        return count("select count(*) from movies");
    }

    // --- create and read
    // ------------------------------------------------------------------------------------

    @Test
    void createsMovieWithEveryFieldThenReadsTheSameDetailAtItsLocation() {
        String title = "Heat " + unique();
        long crime = catalogue.genre("Crime " + unique());
        long drama = catalogue.genre("Drama " + unique());
        Country country = catalogue.country();
        long director = catalogue.person("Michael", "Mann");
        int tmdbId = uniqueTmdbId();
        String imdbId = uniqueImdbId();

        Response created =
                api.post(
                        MOVIES,
                        json(
                                "title",
                                title,
                                "description",
                                "A group of professional bank robbers.",
                                "tagline",
                                "A Los Angeles crime saga",
                                "budget",
                                new BigDecimal("60000000.50"),
                                "revenue",
                                187436818,
                                "releaseDate",
                                "1995-12-15",
                                "duration",
                                170,
                                "countryId",
                                country.id(),
                                "directorId",
                                director,
                                "genreIds",
                                List.of(drama, crime),
                                "tmdbId",
                                tmdbId,
                                "imdbId",
                                imdbId,
                                "originalLanguage",
                                "en",
                                "status",
                                "RELEASED"),
                        admin);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.header("Location")).hasValue(MOVIES + "/" + created.id());
        Map<String, Object> movie = created.json();
        assertThat(movie)
                .containsEntry("title", title)
                .containsEntry("description", "A group of professional bank robbers.")
                .containsEntry("tagline", "A Los Angeles crime saga")
                .containsEntry("releaseDate", "1995-12-15")
                .containsEntry("duration", 170)
                .containsEntry("tmdbId", tmdbId)
                .containsEntry("imdbId", imdbId)
                .containsEntry("originalLanguage", "en")
                .containsEntry("status", "RELEASED")
                .containsEntry("poster", null)
                .containsEntry("cast", List.of());
        assertThat(decimal(movie.get("budget"))).isEqualByComparingTo("60000000.50");
        assertThat(decimal(movie.get("revenue"))).isEqualByComparingTo("187436818");
        assertThat(object(movie.get("country")))
                .containsEntry("code", country.code())
                .containsEntry("name", country.name());
        assertThat(id(movie.get("country"))).isEqualTo(country.id());
        assertThat(object(movie.get("director"))).containsEntry("name", "Michael Mann");
        assertThat(id(movie.get("director"))).isEqualTo(director);
        assertThat(objects(movie.get("genres")))
                .extracting(CatalogueFixtures::id)
                .containsExactlyInAnyOrder(crime, drama);
        assertThat(objects(movie.get("genres")))
                .allSatisfy(genre -> assertThat(genre).containsKey("name"));
        assertThat(Instant.parse((String) movie.get("createdAt"))).isNotNull();
        assertThat(Instant.parse((String) movie.get("updatedAt"))).isNotNull();

        Response read = api.get(created.header("Location").orElseThrow());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json()).isEqualTo(movie);
    }

    @Test
    void onlyTheTitleIsRequiredAndTheRestIsNull() {
        String title = "Untitled Project " + unique();

        Response created = api.post(MOVIES, json("title", title), admin);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json())
                .containsEntry("title", title)
                .containsEntry("description", null)
                .containsEntry("tagline", null)
                .containsEntry("budget", null)
                .containsEntry("revenue", null)
                .containsEntry("releaseDate", null)
                .containsEntry("duration", null)
                .containsEntry("country", null)
                .containsEntry("director", null)
                .containsEntry("genres", List.of())
                .containsEntry("poster", null)
                .containsEntry("cast", List.of())
                .containsEntry("tmdbId", null)
                .containsEntry("imdbId", null)
                .containsEntry("originalLanguage", null)
                .containsEntry("status", null);
    }

    @Test
    void aNewMovieHasNoRatingsAndAHistogramOfEveryHalfStar() {
        Map<String, Object> movie =
                api.get(MOVIES + "/" + catalogue.movieTitled("Unrated " + unique())).json();

        Map<String, Object> ratings = object(movie.get("ratings"));
        assertThat(ratings).containsEntry("average", null).containsEntry("count", 0);
        assertThat(object(ratings.get("histogram")))
                .containsOnlyKeys(HALF_STARS)
                .allSatisfy((score, count) -> assertThat(count).isEqualTo(0));
    }

    @Test
    void trimsTheTitle() {
        String title = "Ronin " + unique();

        Response created = api.post(MOVIES, json("title", "  " + title + "\t"), admin);

        assertThat(created.json()).containsEntry("title", title);
    }

    @Test
    void everyStatusIsAccepted() {
        for (String status :
                List.of(
                        "RUMORED",
                        "PLANNED",
                        "IN_PRODUCTION",
                        "POST_PRODUCTION",
                        "RELEASED",
                        "CANCELED")) {
            Response created =
                    api.post(MOVIES, json("title", "Status " + unique(), "status", status), admin);

            assertThat(created.status()).as(status + ": " + created.body()).isEqualTo(201);
            assertThat(created.json()).containsEntry("status", status);
        }
    }

    @Test
    void moneyWithTwoDecimalsKeepsItsCents() {
        Response created =
                api.post(
                        MOVIES,
                        json(
                                "title",
                                "Cents " + unique(),
                                "budget",
                                new BigDecimal("0.99"),
                                "revenue",
                                new BigDecimal("1234567890.10")),
                        admin);

        assertThat(decimal(created.json().get("budget"))).isEqualByComparingTo("0.99");
        assertThat(decimal(created.json().get("revenue"))).isEqualByComparingTo("1234567890.1");
    }

    @Test
    void detailSendsAnETagAnsweredWith304UntilTheMovieChanges() {
        String path = MOVIES + "/" + catalogue.movieTitled("Tagged " + unique());
        String etag = api.get(path).header("ETag").orElseThrow();

        Response unchanged = api.get(path, Map.of("If-None-Match", etag));

        assertThat(unchanged.status()).isEqualTo(304);
        assertThat(unchanged.body()).isEmpty();
        api.put(path, json("title", "Retitled " + unique()), admin);
        Response changed = api.get(path, Map.of("If-None-Match", etag));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.header("ETag")).isPresent().get().isNotEqualTo(etag);
    }

    // --- replace and delete
    // ---------------------------------------------------------------------------------

    @Test
    void replaceIsAFullReplaceThatClearsOmittedFields() {
        long genre = catalogue.genre();
        long director = catalogue.person("Ridley", "Scott");
        Country country = catalogue.country();
        long id =
                catalogue.movie(
                        "title",
                        "Alien " + unique(),
                        "description",
                        "In space.",
                        "tagline",
                        "No one can hear",
                        "budget",
                        11000000,
                        "revenue",
                        104931801,
                        "releaseDate",
                        "1979-05-25",
                        "duration",
                        117,
                        "countryId",
                        country.id(),
                        "directorId",
                        director,
                        "genreIds",
                        List.of(genre),
                        "tmdbId",
                        uniqueTmdbId(),
                        "imdbId",
                        uniqueImdbId(),
                        "originalLanguage",
                        "en",
                        "status",
                        "RELEASED");
        Map<String, Object> before = api.get(MOVIES + "/" + id).json();
        String newTitle = "Aliens " + unique();

        Response replaced = api.put(MOVIES + "/" + id, json("title", newTitle), admin);

        assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
        Map<String, Object> after = api.get(MOVIES + "/" + id).json();
        assertThat(after).isEqualTo(replaced.json());
        assertThat(after)
                .containsEntry("title", newTitle)
                .containsEntry("description", null)
                .containsEntry("tagline", null)
                .containsEntry("budget", null)
                .containsEntry("revenue", null)
                .containsEntry("releaseDate", null)
                .containsEntry("duration", null)
                .containsEntry("country", null)
                .containsEntry("director", null)
                .containsEntry("genres", List.of())
                .containsEntry("tmdbId", null)
                .containsEntry("imdbId", null)
                .containsEntry("originalLanguage", null)
                .containsEntry("status", null)
                .containsEntry("createdAt", before.get("createdAt"));
        assertThat(Instant.parse((String) after.get("updatedAt")))
                .isAfter(Instant.parse((String) before.get("updatedAt")));
    }

    @Test
    void replaceSetsEveryField() {
        long id = catalogue.movieTitled("Blank " + unique());
        long genre = catalogue.genre();
        long director = catalogue.person("Kathryn", "Bigelow");
        Country country = catalogue.country();
        int tmdbId = uniqueTmdbId();
        String imdbId = uniqueImdbId();
        String title = "Point Break " + unique();

        Response replaced =
                api.put(
                        MOVIES + "/" + id,
                        json(
                                "title",
                                title,
                                "description",
                                "Surfers rob banks.",
                                "tagline",
                                "100% pure adrenaline",
                                "budget",
                                24000000,
                                "revenue",
                                new BigDecimal("83531958.25"),
                                "releaseDate",
                                "1991-07-12",
                                "duration",
                                122,
                                "countryId",
                                country.id(),
                                "directorId",
                                director,
                                "genreIds",
                                List.of(genre),
                                "tmdbId",
                                tmdbId,
                                "imdbId",
                                imdbId,
                                "originalLanguage",
                                "en",
                                "status",
                                "RELEASED"),
                        admin);

        assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
        Map<String, Object> movie = api.get(MOVIES + "/" + id).json();
        assertThat(movie)
                .containsEntry("id", (int) id)
                .containsEntry("title", title)
                .containsEntry("description", "Surfers rob banks.")
                .containsEntry("tagline", "100% pure adrenaline")
                .containsEntry("releaseDate", "1991-07-12")
                .containsEntry("duration", 122)
                .containsEntry("tmdbId", tmdbId)
                .containsEntry("imdbId", imdbId)
                .containsEntry("originalLanguage", "en")
                .containsEntry("status", "RELEASED");
        assertThat(decimal(movie.get("revenue"))).isEqualByComparingTo("83531958.25");
        assertThat(id(movie.get("country"))).isEqualTo(country.id());
        assertThat(id(movie.get("director"))).isEqualTo(director);
        assertThat(objects(movie.get("genres")))
                .extracting(CatalogueFixtures::id)
                .containsExactly(genre);
    }

    @Test
    void replaceKeepsTheCast() {
        long id = catalogue.movieTitled("Heat " + unique());
        long actor = catalogue.person("Al", "Pacino");
        long credit = id(catalogue.credit(id, actor, "Vincent Hanna", "LEADING"));

        Response replaced =
                api.put(MOVIES + "/" + id, json("title", "Heat (1995) " + unique()), admin);

        assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
        assertThat(objects(api.get(MOVIES + "/" + id).json().get("cast")))
                .extracting(CatalogueFixtures::id)
                .containsExactly(credit);
    }

    @Test
    void replaceWithInvalidInputChangesNothing() {
        long genre = catalogue.genre();
        long id =
                catalogue.movie(
                        "title", "Keep " + unique(), "genreIds", List.of(genre), "duration", 90);
        Map<String, Object> before = api.get(MOVIES + "/" + id).json();

        Response invalid =
                api.put(
                        MOVIES + "/" + id,
                        json("title", "Changed " + unique(), "genreIds", List.of(UNKNOWN_ID)),
                        admin);

        assertInvalidField(invalid, "genreIds");
        assertThat(api.get(MOVIES + "/" + id).json()).isEqualTo(before);
    }

    @Test
    void replaceOfAnUnknownMovieIsNotFound() {
        assertProblem(
                api.put(MOVIES + "/" + UNKNOWN_ID, json("title", "Ghost " + unique()), admin), 404);
        assertProblem(api.put(MOVIES + "/0", json("title", "Ghost " + unique()), admin), 404);
    }

    @Test
    void deletesMovieThenItIsGone() {
        long id = catalogue.movieTitled("Ephemeral " + unique());

        Response deleted = api.delete(MOVIES + "/" + id, admin);

        assertThat(deleted.status()).isEqualTo(204);
        assertThat(deleted.body()).isEmpty();
        assertProblem(api.get(MOVIES + "/" + id), 404);
        assertProblem(api.delete(MOVIES + "/" + id, admin), 404);
    }

    @Test
    void deletingAMovieKeepsItsGenresCountryAndDirector() {
        long genre = catalogue.genre();
        Country country = catalogue.country();
        long director = catalogue.person("Sofia", "Coppola");
        long id =
                catalogue.movie(
                        "title",
                        "Lost " + unique(),
                        "genreIds",
                        List.of(genre),
                        "countryId",
                        country.id(),
                        "directorId",
                        director);

        assertThat(api.delete(MOVIES + "/" + id, admin).status()).isEqualTo(204);

        assertThat(api.get("/api/v1/genres/" + genre).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/countries/" + country.id()).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/persons/" + director).json().get("directed"))
                .isEqualTo(List.of());
        assertThat(count("select count(*) from movie_genres where movie_id = ?", id)).isZero();
    }

    // --- authorization
    // --------------------------------------------------------------------------------------

    @Test
    void writesWithoutATokenAreUnauthorizedAndChangeNothing() {
        long id = catalogue.movieTitled("Guarded " + unique());
        long before = movies();

        assertProblem(api.post(MOVIES, json("title", "Anonymous " + unique()), null), 401);
        assertProblem(
                api.put(MOVIES + "/" + id, json("title", "Anonymous " + unique()), null), 401);
        assertProblem(api.delete(MOVIES + "/" + id, null), 401);
        assertProblem(
                api.send(
                        "POST",
                        MOVIES,
                        json("title", "Forged"),
                        null,
                        Map.of("Authorization", "Bearer not.a.jwt")),
                401);

        assertThat(movies()).isEqualTo(before);
        assertThat(api.get(MOVIES + "/" + id).json().get("title"))
                .asString()
                .startsWith("Guarded ");
    }

    @Test
    void writesWithAUserTokenAreForbiddenAndChangeNothing() {
        String user = api.logIn(Fixtures.regularUser(), "password123");
        long id = catalogue.movieTitled("Guarded " + unique());
        long before = movies();

        assertProblem(api.post(MOVIES, json("title", "Mine " + unique()), user), 403);
        assertProblem(api.put(MOVIES + "/" + id, json("title", "Mine " + unique()), user), 403);
        assertProblem(api.delete(MOVIES + "/" + id, user), 403);

        assertThat(movies()).isEqualTo(before);
        assertThat(api.get(MOVIES + "/" + id).status()).isEqualTo(200);
    }

    @Test
    void readsArePublic() {
        long id = catalogue.movieTitled("Public " + unique());

        assertThat(api.get(MOVIES + "/" + id).status()).isEqualTo(200);
        assertThat(api.get(MOVIES).status()).isEqualTo(200);
        assertThat(api.get(MOVIES + "/" + id + "/cast").status()).isEqualTo(200);
    }

    // --- invalid input
    // --------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"title\":\"\"}                                         | title",
                "{\"title\":\"   \"}                                      | title",
                "{}                                                       | title",
                "{\"title\":null}                                         | title",
                "{\"title\":\"Budget\",\"budget\":-1}                     | budget",
                "{\"title\":\"Budget\",\"budget\":12.345}                 | budget",
                "{\"title\":\"Revenue\",\"revenue\":-0.01}                | revenue",
                "{\"title\":\"Revenue\",\"revenue\":1.001}                | revenue",
                "{\"title\":\"Duration\",\"duration\":-1}                 | duration",
                "{\"title\":\"Date\",\"releaseDate\":\"2020-13-45\"}      | releaseDate",
                "{\"title\":\"Date\",\"releaseDate\":\"15/12/1995\"}      | releaseDate",
                "{\"title\":\"Date\",\"releaseDate\":\"2021-02-29\"}      | releaseDate",
                "{\"title\":\"Status\",\"status\":\"FINISHED\"}           | status",
                "{\"title\":\"Imdb\",\"imdbId\":\"123\"}                  | imdbId",
                "{\"title\":\"Imdb\",\"imdbId\":\"tt12\"}                 | imdbId",
                "{\"title\":\"Imdb\",\"imdbId\":\"nm0000123\"}            | imdbId",
                "{\"title\":\"Tmdb\",\"tmdbId\":0}                        | tmdbId",
                "{\"title\":\"Tmdb\",\"tmdbId\":-7}                       | tmdbId",
                "{\"title\":\"Language\",\"originalLanguage\":\"english\"} | originalLanguage",
                "{\"title\":\"Country\",\"countryId\":0}                  | countryId",
                "{\"title\":\"Director\",\"directorId\":-1}               | directorId"
            })
    void invalidFieldsAreRejectedNamingTheFieldAndNothingIsCreated(String body, String field) {
        long before = movies();

        Response invalid = api.post(MOVIES, body, admin);

        assertInvalidField(invalid, field);
        assertThat(movies()).isEqualTo(before);
    }

    @Test
    void aTitleLongerThan500CharactersIsRejected() {
        assertInvalidField(api.post(MOVIES, json("title", "x".repeat(501)), admin), "title");
        assertThat(
                        api.post(MOVIES, json("title", "y".repeat(499) + unique().charAt(0)), admin)
                                .status())
                .isEqualTo(201);
    }

    @Test
    void severalInvalidFieldsAreAllReported() {
        Response invalid =
                api.post(MOVIES, json("title", "", "budget", -5, "duration", -10), admin);

        assertProblem(invalid, 400);
        assertThat(objects(invalid.json().get("errors")))
                .extracting(error -> error.get("field"))
                .contains("title", "budget", "duration");
    }

    @Test
    void unknownGenreIdIsRejectedNamingGenreIdsAndNothingIsCreated() {
        long known = catalogue.genre();
        String title = "Orphan " + unique();
        long before = movies();
        long genreLinks = count("select count(*) from movie_genres");

        Response invalid =
                api.post(
                        MOVIES,
                        json("title", title, "genreIds", List.of(known, UNKNOWN_ID)),
                        admin);

        assertInvalidField(invalid, "genreIds");
        assertThat(movies()).isEqualTo(before);
        assertThat(count("select count(*) from movies where title = ?", title)).isZero();
        assertThat(count("select count(*) from movie_genres")).isEqualTo(genreLinks);
    }

    @Test
    void unknownCountryIdIsRejectedNamingCountryIdAndNothingIsCreated() {
        String title = "Nowhere " + unique();

        Response invalid = api.post(MOVIES, json("title", title, "countryId", UNKNOWN_ID), admin);

        assertInvalidField(invalid, "countryId");
        assertThat(count("select count(*) from movies where title = ?", title)).isZero();
    }

    @Test
    void unknownDirectorIdIsRejectedNamingDirectorIdAndNothingIsCreated() {
        String title = "Nobody Directed " + unique();

        Response invalid = api.post(MOVIES, json("title", title, "directorId", UNKNOWN_ID), admin);

        assertInvalidField(invalid, "directorId");
        assertThat(count("select count(*) from movies where title = ?", title)).isZero();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"title\":",
                "not json",
                "[]",
                "[{\"title\":\"Array\"}]",
                "\"Heat\"",
                "{\"title\":[\"a\",\"b\"]}",
                "{\"title\":{\"x\":1}}",
                "{\"title\":\"Money\",\"budget\":\"lots\"}",
                "{\"title\":\"Genres\",\"genreIds\":{\"a\":1}}",
                "{\"title\":\"Tmdb\",\"tmdbId\":99999999999}"
            })
    void malformedBodiesAreBadRequestsAndCreateNothing(String body) {
        long before = movies();

        Response malformed = api.post(MOVIES, body, admin);

        assertProblem(malformed, 400);
        assertThat(movies()).isEqualTo(before);
    }

    @Test
    void aMissingBodyIsABadRequest() {
        assertProblem(
                api.send("POST", MOVIES, "", admin, Map.of("Content-Type", "application/json")),
                400);
    }

    @Test
    void duplicateTmdbIdIsAConflictAndNothingIsCreated() {
        int tmdbId = uniqueTmdbId();
        catalogue.movie("title", "Original " + unique(), "tmdbId", tmdbId);
        String title = "Copy " + unique();

        Response duplicate = api.post(MOVIES, json("title", title, "tmdbId", tmdbId), admin);

        assertProblem(duplicate, 409);
        assertThat(count("select count(*) from movies where title = ?", title)).isZero();
        assertThat(count("select count(*) from movies where tmdb_id = ?", tmdbId)).isEqualTo(1);
    }

    @Test
    void duplicateImdbIdIsAConflict() {
        String imdbId = uniqueImdbId();
        catalogue.movie("title", "Original " + unique(), "imdbId", imdbId);

        assertProblem(
                api.post(MOVIES, json("title", "Copy " + unique(), "imdbId", imdbId), admin), 409);
    }

    @Test
    void replacingWithAnotherMoviesTmdbIdIsAConflictAndChangesNothing() {
        int taken = uniqueTmdbId();
        catalogue.movie("title", "Holder " + unique(), "tmdbId", taken);
        int own = uniqueTmdbId();
        long id = catalogue.movie("title", "Other " + unique(), "tmdbId", own);
        Map<String, Object> before = api.get(MOVIES + "/" + id).json();

        Response conflict =
                api.put(MOVIES + "/" + id, json("title", "Other", "tmdbId", taken), admin);

        assertProblem(conflict, 409);
        assertThat(api.get(MOVIES + "/" + id).json()).isEqualTo(before);
    }

    @Test
    void replacingWithItsOwnTmdbIdIsFine() {
        int tmdbId = uniqueTmdbId();
        long id = catalogue.movie("title", "Same " + unique(), "tmdbId", tmdbId);

        Response replaced =
                api.put(MOVIES + "/" + id, json("title", "Same again", "tmdbId", tmdbId), admin);

        assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
    }

    @Test
    void unknownAndImpossibleIdsInThePathAreNotFound() {
        assertProblem(api.get(MOVIES + "/" + UNKNOWN_ID), 404);
        assertProblem(api.get(MOVIES + "/0"), 404);
        assertProblem(api.get(MOVIES + "/-1"), 404);
        assertProblem(api.delete(MOVIES + "/" + UNKNOWN_ID, admin), 404);
        assertProblem(api.delete(MOVIES + "/0", admin), 404);
    }

    @Test
    void malformedIdsInThePathAreBadRequests() {
        assertProblem(api.get(MOVIES + "/abc"), 400);
        assertProblem(api.get(MOVIES + "/1.5"), 400);
        assertProblem(api.get(MOVIES + "/99999999999999999999999"), 400);
        assertProblem(api.put(MOVIES + "/abc", json("title", "x"), admin), 400);
        assertProblem(api.delete(MOVIES + "/abc", admin), 400);
    }

    // --- lists
    // ----------------------------------------------------------------------------------------------

    @Test
    void listShowsMovieSummaries() {
        String token = unique();
        long genre = catalogue.genre("Western " + token);
        int tmdbId = uniqueTmdbId();
        String imdbId = uniqueImdbId();
        long id =
                catalogue.movie(
                        "title",
                        "Unforgiven " + token,
                        "releaseDate",
                        "1992-08-07",
                        "duration",
                        131,
                        "genreIds",
                        List.of(genre),
                        "tmdbId",
                        tmdbId,
                        "imdbId",
                        imdbId,
                        "budget",
                        14400000,
                        "tagline",
                        "Not here");

        Response page = api.get(MOVIES + "?q=" + token);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(page.items())
                .singleElement()
                .satisfies(
                        summary -> {
                            assertThat(summary)
                                    .containsKeys(
                                            "id",
                                            "title",
                                            "releaseDate",
                                            "duration",
                                            "posterUrl",
                                            "genres",
                                            "averageRating",
                                            "ratingCount",
                                            "tmdbId",
                                            "imdbId");
                            assertThat(summary).doesNotContainKeys("budget", "tagline", "cast");
                            assertThat(id(summary)).isEqualTo(id);
                            assertThat(summary)
                                    .containsEntry("title", "Unforgiven " + token)
                                    .containsEntry("releaseDate", "1992-08-07")
                                    .containsEntry("duration", 131)
                                    .containsEntry("posterUrl", null)
                                    .containsEntry("genres", List.of("Western " + token))
                                    .containsEntry("averageRating", null)
                                    .containsEntry("ratingCount", 0)
                                    .containsEntry("tmdbId", tmdbId)
                                    .containsEntry("imdbId", imdbId);
                        });
    }

    @Test
    void listIsAPageWithItsPositionAndLinksThatKeepTheFilters() {
        String token = unique();
        for (int i = 0; i < 3; i++) {
            catalogue.movieTitled("Paged " + token + " " + i);
        }

        Response page = api.get(MOVIES + "?q=" + token + "&page=2&size=1&sort=title,asc");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json())
                .containsEntry("page", 2)
                .containsEntry("size", 1)
                .containsEntry("totalItems", 3)
                .containsEntry("totalPages", 3);
        assertThat(page.items())
                .extracting(item -> item.get("title"))
                .containsExactly("Paged " + token + " 1");
        String links = page.header("Link").orElseThrow();
        assertThat(links.split(",")).hasSize(4);
        assertThat(links).contains("rel=\"first\"", "rel=\"prev\"", "rel=\"next\"", "rel=\"last\"");
        for (String link : links.split(",")) {
            assertThat(link).contains("q=" + token).contains("size=1");
        }
        assertThat(links).contains("page=3").contains("page=1");
    }

    @Test
    void defaultPageHas20ItemsAtMost() {
        Response page = api.get(MOVIES);

        assertThat(page.json()).containsEntry("page", 1).containsEntry("size", 20);
        assertThat(page.items()).hasSizeLessThanOrEqualTo(20);
    }

    @Test
    void aPageBeyondTheLastIsEmpty() {
        String token = unique();
        catalogue.movieTitled("Lonely " + token);

        Response page = api.get(MOVIES + "?q=" + token + "&page=5");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.items()).isEmpty();
        assertThat(page.json()).containsEntry("totalItems", 1).containsEntry("totalPages", 1);
    }

    @Test
    void listSendsAnETagAnsweredWith304() {
        String token = unique();
        catalogue.movieTitled("Listed " + token);
        String path = MOVIES + "?q=" + token;
        String etag = api.get(path).header("ETag").orElseThrow();

        assertThat(api.get(path, Map.of("If-None-Match", etag)).status()).isEqualTo(304);
        catalogue.movieTitled("Listed too " + token);
        assertThat(api.get(path, Map.of("If-None-Match", etag)).status()).isEqualTo(200);
    }

    @Test
    void filtersByGenreIdOrNameAndEveryGivenGenreMustMatch() {
        String token = unique();
        String actionName = "Action " + token;
        long action = catalogue.genre(actionName);
        long comedy = catalogue.genre("Comedy " + token);
        long both =
                catalogue.movie("title", "Rush Hour " + token, "genreIds", List.of(action, comedy));
        long actionOnly =
                catalogue.movie("title", "Die Hard " + token, "genreIds", List.of(action));
        long comedyOnly =
                catalogue.movie("title", "Airplane " + token, "genreIds", List.of(comedy));

        assertThat(ids(api.get(MOVIES + "?genre=" + action)))
                .containsExactlyInAnyOrder(both, actionOnly);
        assertThat(ids(api.get(MOVIES + "?genre=" + param(actionName))))
                .containsExactlyInAnyOrder(both, actionOnly);
        assertThat(ids(api.get(MOVIES + "?genre=" + comedy)))
                .containsExactlyInAnyOrder(both, comedyOnly);
        assertThat(ids(api.get(MOVIES + "?genre=" + action + "&genre=" + comedy)))
                .containsExactly(both);
        assertThat(ids(api.get(MOVIES + "?genre=" + param(actionName) + "&genre=" + comedy)))
                .containsExactly(both);
        assertThat(api.get(MOVIES + "?genre=" + action + "&genre=" + comedy).json())
                .containsEntry("totalItems", 1);
    }

    @Test
    void aGenreNobodyHasMatchesNothing() {
        long unused = catalogue.genre();

        assertThat(ids(api.get(MOVIES + "?genre=" + unused))).isEmpty();
        assertThat(ids(api.get(MOVIES + "?genre=" + param("No Such Genre " + unique())))).isEmpty();
    }

    @Test
    void filtersByCountryIdOrIsoCode() {
        Country country = catalogue.country();
        Country other = catalogue.country();
        long here = catalogue.movie("title", "Local " + unique(), "countryId", country.id());
        catalogue.movie("title", "Foreign " + unique(), "countryId", other.id());
        catalogue.movieTitled("Stateless " + unique());

        assertThat(ids(api.get(MOVIES + "?country=" + country.id()))).containsExactly(here);
        assertThat(ids(api.get(MOVIES + "?country=" + country.code()))).containsExactly(here);
    }

    @Test
    void filtersByReleaseYearsInclusively() {
        String token = unique();
        long y1990 = catalogue.movie("title", "Y1990 " + token, "releaseDate", "1990-06-01");
        long y1995End = catalogue.movie("title", "Y1995 " + token, "releaseDate", "1995-12-31");
        long y1996Start = catalogue.movie("title", "Y1996 " + token, "releaseDate", "1996-01-01");
        long y2000 = catalogue.movie("title", "Y2000 " + token, "releaseDate", "2000-06-15");
        catalogue.movieTitled("Undated " + token);
        String base = MOVIES + "?q=" + token;

        assertThat(ids(api.get(base + "&yearFrom=1995&yearTo=2000")))
                .containsExactlyInAnyOrder(y1995End, y1996Start, y2000);
        assertThat(ids(api.get(base + "&yearFrom=1996")))
                .containsExactlyInAnyOrder(y1996Start, y2000);
        assertThat(ids(api.get(base + "&yearTo=1995"))).containsExactlyInAnyOrder(y1990, y1995End);
        assertThat(ids(api.get(base + "&yearFrom=1995&yearTo=1995"))).containsExactly(y1995End);
        assertThat(ids(api.get(base + "&yearFrom=2001"))).isEmpty();
    }

    @Test
    void filtersByDirector() {
        long director = catalogue.person("Christopher", "Nolan " + unique());
        long other = catalogue.person("Denis", "Villeneuve");
        long memento = catalogue.movie("title", "Memento " + unique(), "directorId", director);
        long inception = catalogue.movie("title", "Inception " + unique(), "directorId", director);
        catalogue.movie("title", "Dune " + unique(), "directorId", other);

        assertThat(ids(api.get(MOVIES + "?directorId=" + director)))
                .containsExactlyInAnyOrder(memento, inception);
    }

    @Test
    void filtersByActor() {
        long actor = catalogue.person("Keanu", "Reeves " + unique());
        long other = catalogue.person("Laurence", "Fishburne");
        long matrix = catalogue.movieTitled("The Matrix " + unique());
        long speed = catalogue.movieTitled("Speed " + unique());
        long without = catalogue.movieTitled("Boyz n the Hood " + unique());
        catalogue.credit(matrix, actor, "Neo", "LEADING");
        catalogue.credit(matrix, other, "Morpheus", "SUPPORTING");
        catalogue.credit(speed, actor, "Jack Traven", "LEADING");
        catalogue.credit(without, other, "Furious Styles", "SUPPORTING");

        assertThat(ids(api.get(MOVIES + "?actorId=" + actor)))
                .containsExactlyInAnyOrder(matrix, speed);
        assertThat(ids(api.get(MOVIES + "?actorId=" + actor + "&directorId=" + other))).isEmpty();
    }

    @Test
    void combinesFilters() {
        String token = unique();
        long genre = catalogue.genre();
        Country country = catalogue.country();
        long match =
                catalogue.movie(
                        "title",
                        "Combo " + token,
                        "genreIds",
                        List.of(genre),
                        "countryId",
                        country.id(),
                        "releaseDate",
                        "2005-05-05");
        catalogue.movie(
                "title",
                "Combo " + token,
                "genreIds",
                List.of(genre),
                "countryId",
                country.id(),
                "releaseDate",
                "1985-05-05");
        catalogue.movie(
                "title", "Combo " + token, "genreIds", List.of(genre), "releaseDate", "2005-05-05");

        assertThat(
                        ids(
                                api.get(
                                        MOVIES
                                                + "?q="
                                                + token
                                                + "&genre="
                                                + genre
                                                + "&country="
                                                + country.code()
                                                + "&yearFrom=2000")))
                .containsExactly(match);
    }

    @Test
    void searchesTitleWordsIgnoringCaseAndAccents() {
        String token = unique();
        long amelie = catalogue.movieTitled("Le Fabuleux Destin d'Amélie Poulain " + token);
        catalogue.movieTitled("Le Destin " + token);

        assertThat(ids(api.get(MOVIES + "?q=" + param("amelie " + token)))).containsExactly(amelie);
        assertThat(ids(api.get(MOVIES + "?q=" + param("AMÉLIE " + token)))).containsExactly(amelie);
        assertThat(ids(api.get(MOVIES + "?q=" + param("poulain FABULEUX " + token))))
                .containsExactly(amelie);
        assertThat(ids(api.get(MOVIES + "?q=" + param("destin " + token)))).hasSize(2);
        assertThat(ids(api.get(MOVIES + "?q=" + param("amelie " + token + " nowhere")))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"%", "_", "\\", "'", "%%"})
    void searchTreatsPatternCharactersLiterally(String word) {
        String token = unique();
        catalogue.movieTitled("Plain " + token);

        Response page = api.get(MOVIES + "?q=" + param(token + " " + word));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.items()).isEmpty();
    }

    @Test
    void sortsByPopularityDescendingByDefault() {
        String token = unique();
        long low = catalogue.movieTitled("Low " + token);
        long high = catalogue.movieTitled("High " + token);
        long middle = catalogue.movieTitled("Middle " + token);
        Fixtures.sql("update movies set popularity = 1.5 where id = ?", low);
        Fixtures.sql("update movies set popularity = 99.0 where id = ?", high);
        Fixtures.sql("update movies set popularity = 42.0 where id = ?", middle);

        assertThat(ids(api.get(MOVIES + "?q=" + token))).containsExactly(high, middle, low);
        assertThat(ids(api.get(MOVIES + "?q=" + token + "&sort=popularity,asc")))
                .containsExactly(low, middle, high);
    }

    @Test
    void sortsByTitle() {
        String token = unique();
        long b = catalogue.movieTitled("b Brazil " + token);
        long a = catalogue.movieTitled("A Amadeus " + token);
        long c = catalogue.movieTitled("C Casablanca " + token);

        assertThat(ids(api.get(MOVIES + "?q=" + token + "&sort=title,asc")))
                .containsExactly(a, b, c);
        assertThat(ids(api.get(MOVIES + "?q=" + token + "&sort=title,desc")))
                .containsExactly(c, b, a);
    }

    @Test
    void sortsByReleaseDateWithUnknownDatesLast() {
        String token = unique();
        long undated = catalogue.movieTitled("Undated " + token);
        long old = catalogue.movie("title", "Old " + token, "releaseDate", "1931-02-14");
        long recent = catalogue.movie("title", "Recent " + token, "releaseDate", "2019-10-04");

        assertThat(ids(api.get(MOVIES + "?q=" + token + "&sort=releaseDate,asc")))
                .containsExactly(old, recent, undated);
        assertThat(ids(api.get(MOVIES + "?q=" + token + "&sort=releaseDate,desc")))
                .containsExactly(recent, old, undated);
    }

    @Test
    void sortsByAverageRatingAndRatingCount() {
        String token = unique();
        long unrated = catalogue.movieTitled("Unrated " + token);
        long loved = catalogue.movieTitled("Loved " + token);
        long mixed = catalogue.movieTitled("Mixed " + token);
        Fixtures.sql(
                "update movies set average_rating = 4.5, rating_count = 2 where id = ?", loved);
        Fixtures.sql(
                "update movies set average_rating = 2.5, rating_count = 10 where id = ?", mixed);

        assertThat(ids(api.get(MOVIES + "?q=" + token + "&sort=averageRating,desc")))
                .containsExactly(loved, mixed, unrated);
        assertThat(ids(api.get(MOVIES + "?q=" + token + "&sort=averageRating,asc")))
                .startsWith(mixed, loved);
        assertThat(ids(api.get(MOVIES + "?q=" + token + "&sort=ratingCount,desc")))
                .containsExactly(mixed, loved, unrated);
        assertThat(ids(api.get(MOVIES + "?q=" + token + "&sort=ratingCount,asc")))
                .containsExactly(unrated, loved, mixed);
    }

    @Test
    void sortsByCreationTime() {
        String token = unique();
        List<Long> created = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            created.add(catalogue.movieTitled("Created " + i + " " + token));
        }

        assertThat(ids(api.get(MOVIES + "?q=" + token + "&sort=createdAt,asc")))
                .containsExactlyElementsOf(created);
        assertThat(ids(api.get(MOVIES + "?q=" + token + "&sort=createdAt,desc")))
                .containsExactly(created.get(2), created.get(1), created.get(0));
    }

    @Test
    void sortsBySeveralFieldsInTurn() {
        String token = unique();
        long b1990 = catalogue.movie("title", "B " + token, "releaseDate", "1990-01-01");
        long a1990 = catalogue.movie("title", "A " + token, "releaseDate", "1990-01-01");
        long c2000 = catalogue.movie("title", "C " + token, "releaseDate", "2000-01-01");

        assertThat(ids(api.get(MOVIES + "?q=" + token + "&sort=releaseDate,desc&sort=title,asc")))
                .containsExactly(c2000, a1990, b1990);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "page=0",
                "page=-1",
                "page=abc",
                "size=0",
                "size=101",
                "size=1000",
                "size=abc",
                "sort=budget,asc",
                "sort=title,sideways",
                "sort=,asc",
                "sort=title,asc,id",
                "sort=name",
                "yearFrom=2000&yearTo=1990",
                "yearFrom=abc",
                "yearTo=19x0",
                "directorId=abc",
                "actorId=abc"
            })
    void invalidListParametersAreBadRequests(String query) {
        assertProblem(api.get(MOVIES + "?" + query), 400);
    }

    @ParameterizedTest
    @CsvSource({
        "page=0, page",
        "size=1000, size",
        "sort=budget, sort",
        "yearFrom=2000&yearTo=1990, yearFrom"
    })
    void invalidListParametersNameTheParameter(String query, String field) {
        assertInvalidField(api.get(MOVIES + "?" + query), field);
    }

    // --- robustness
    // -----------------------------------------------------------------------------------------

    @Test
    void noOddRequestGetsA5xxOrLeaksInternals() {
        long id = catalogue.movieTitled("Sturdy " + unique());
        List<Response> responses =
                List.of(
                        api.get(MOVIES + "?q=" + param("x".repeat(300))),
                        api.get(MOVIES + "?q=" + param("' or 1=1 --")),
                        api.get(MOVIES + "?genre=" + param("'; drop table movies; --")),
                        api.get(MOVIES + "?genre=99999999999999999999"),
                        api.get(MOVIES + "?country=" + param("ZZZ")),
                        api.get(MOVIES + "?country=99999999999999999999"),
                        api.get(MOVIES + "?country=0"),
                        api.get(MOVIES + "?directorId=99999999999999999999"),
                        api.get(MOVIES + "?yearFrom=99999999999"),
                        api.get(MOVIES + "?yearFrom=-5"),
                        api.get(MOVIES + "?page=99999999999999"),
                        api.get(MOVIES + "?page=2147483647&size=100"),
                        api.get(MOVIES + "?sort=title;drop%20table%20movies"),
                        api.post(
                                MOVIES,
                                json("title", "Huge", "budget", new BigDecimal("1e400")),
                                admin),
                        api.post(
                                MOVIES,
                                json(
                                        "title",
                                        "Huge",
                                        "budget",
                                        new BigDecimal("99999999999999999999")),
                                admin),
                        api.post(MOVIES, json("title", "Long", "duration", 2147483647), admin),
                        api.post(MOVIES, json("title", "Far", "releaseDate", "99999-01-01"), admin),
                        api.post(
                                MOVIES, json("title", "Early", "releaseDate", "0001-01-01"), admin),
                        api.post(MOVIES, json("title", "Genres", "genreIds", List.of(-1)), admin),
                        api.post(MOVIES, "{\"title\":\"Nulls\",\"genreIds\":[null]}", admin),
                        api.post(MOVIES, json("title", "Lang", "originalLanguage", "e1"), admin),
                        api.put(MOVIES + "/" + id, "[1,2]", admin),
                        api.put(
                                MOVIES + "/" + id,
                                json("title", "Dup", "genreIds", List.of(UNKNOWN_ID, UNKNOWN_ID)),
                                admin));

        assertThat(responses).allSatisfy(CatalogueFixtures::assertNoServerError);
    }

    @ParameterizedTest
    @ValueSource(strings = {"title", "description", "tagline"})
    void aNulCharacterInATextFieldIsABadRequestNotAServerError(String field) {
        long before = movies();

        Response response =
                api.post(MOVIES, json("title", "Nul " + unique(), field, "A\u0000B"), admin);

        assertInvalidField(response, field);
        assertThat(movies()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"q=a%00b", "genre=a%00b", "country=a%00b"})
    void aNulCharacterInAFilterIsNotAServerError(String query) {
        assertNoServerError(api.get(MOVIES + "?" + query));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"title\":\"Fraction\",\"duration\":90.7}",
                "{\"title\":\"Fraction\",\"tmdbId\":12.5}"
            })
    void fractionalNumbersForWholeNumberFieldsAreRejected(String body) {
        long before = movies();

        assertProblem(api.post(MOVIES, body, admin), 400);
        assertThat(movies()).isEqualTo(before);
    }

    @Disabled(
            "known leniency of micronaut-serde 2.16: content after the JSON value is ignored; serde 3 can refuse it")
    @Test
    void trailingContentAfterTheJsonBodyIsRejected() {
        long before = movies();

        assertProblem(
                api.post(MOVIES, "{\"title\":\"Trailing " + unique() + "\"} garbage", admin), 400);
        assertThat(movies()).isEqualTo(before);
    }

    @Disabled(
            "known leniency of micronaut-serde 2.16: a one-element array is unwrapped where a string is expected; "
                    + "serde 3 can be configured to refuse it")
    @Test
    void aOneElementArrayIsNotAString() {
        long before = movies();

        assertProblem(api.post(MOVIES, "{\"title\":[\"Heat " + unique() + "\"]}", admin), 400);
        assertThat(movies()).isEqualTo(before);
    }
}

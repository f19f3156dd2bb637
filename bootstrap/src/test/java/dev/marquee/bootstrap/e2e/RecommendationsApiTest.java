package dev.marquee.bootstrap.e2e;

import static dev.marquee.bootstrap.e2e.CatalogueFixtures.UNKNOWN_ID;
import static dev.marquee.bootstrap.e2e.CatalogueFixtures.assertInvalidField;
import static dev.marquee.bootstrap.e2e.CatalogueFixtures.assertProblem;
import static dev.marquee.bootstrap.e2e.CatalogueFixtures.object;
import static dev.marquee.bootstrap.e2e.CatalogueFixtures.objects;
import static dev.marquee.bootstrap.e2e.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.bootstrap.e2e.Api.Response;
import dev.marquee.domain.port.in.BuildRecommendationModelUseCase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Recommendations over HTTP from a model built on the shared database: two groups of tasters each
 * rated their own four movies in the same order, so a caller who rates one movie of a group is
 * recommended the rest of that group.
 */
class RecommendationsApiTest {

    private static final String PASSWORD = "password123";
    private static Api api;
    private static String admin;
    private static CatalogueFixtures catalogue;
    private static long comedy;
    private static long drama;
    private static List<Long> comedies;
    private static List<Long> dramas;
    private static List<Long> unrated;

    @BeforeAll
    static void buildModelOverTwoTasteGroups() {
        api = Api.forShared();
        admin = api.adminToken();
        catalogue = new CatalogueFixtures(api, admin);
        comedy = catalogue.genre("Comedy " + unique());
        drama = catalogue.genre("Drama " + unique());
        comedies = movies(comedy, "Laugh", 1990);
        dramas = movies(drama, "Tears", 2010);
        unrated = movies(catalogue.genre("Noir " + unique()), "Shadows", 1950);
        long lead = catalogue.person("Robert", "Mitchum " + unique());
        catalogue.credit(unrated.get(0), lead, "Jeff Bailey", "LEADING");
        catalogue.credit(unrated.get(1), lead, "Harry Powell", "LEADING");
        for (int taster = 0; taster < 12; taster++) {
            long user =
                    Fixtures.sql(
                            "insert into users (username) values (?) returning id",
                            "taster_" + unique());
            List<Long> group = taster % 2 == 0 ? comedies : dramas;
            for (int position = 0; position < group.size(); position++) {
                Fixtures.sql(
                        "insert into ratings (user_id, movie_id, score, created_at, updated_at)"
                                + " values (?, ?, ?, now() - make_interval(mins => ?), now() - make_interval(mins => ?)) returning 1",
                        user,
                        group.get(position),
                        new java.math.BigDecimal("4.0"),
                        100 - position,
                        100 - position);
            }
        }
        assertThat(
                        TestMarquee.shared()
                                .context()
                                .getBean(BuildRecommendationModelUseCase.class)
                                .build())
                .isPresent();
    }

    private static List<Long> movies(long genre, String title, int year) {
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            ids.add(
                    catalogue.movie(
                            "title",
                            title + " " + i + " " + unique(),
                            "releaseDate",
                            (year + i) + "-06-01",
                            "genreIds",
                            List.of(genre)));
        }
        return ids;
    }

    private static String newUser() {
        String username = "seeker_" + unique();
        Response registered =
                api.post(
                        "/api/v1/auth/register",
                        "{\"username\":\""
                                + username
                                + "\",\"email\":\""
                                + username
                                + "@example.org\",\"password\":\""
                                + PASSWORD
                                + "\"}",
                        null);
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        return api.logIn(username, PASSWORD);
    }

    private static void rate(String token, long movie, String score) {
        Response rated =
                api.put("/api/v1/movies/" + movie + "/rating", "{\"score\":" + score + "}", token);
        assertThat(rated.status()).as(rated.body()).isBetween(200, 201);
    }

    private static List<Map<String, Object>> recommendations(String token, String query) {
        Response response =
                api.send(
                        "GET",
                        "/api/v1/users/me/recommendations?size=100" + query,
                        null,
                        token,
                        Map.of());
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.items();
    }

    private static List<Long> movieIds(List<Map<String, Object>> items) {
        return items.stream()
                .map(item -> ((Number) object(item.get("movie")).get("id")).longValue())
                .toList();
    }

    private static Map<String, Object> topReason(List<Map<String, Object>> items, long movie) {
        return items.stream()
                .filter(item -> ((Number) object(item.get("movie")).get("id")).longValue() == movie)
                .map(item -> objects(item.get("reasons")).get(0))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aRatedMovieBringsTheRestOfItsGroupFirstAndNeverItself() {
        String token = newUser();
        rate(token, comedies.get(0), "4.5");

        List<Long> ids = movieIds(recommendations(token, ""));

        assertThat(ids.subList(0, 3)).containsExactlyInAnyOrderElementsOf(comedies.subList(1, 4));
        assertThat(ids).doesNotContain(comedies.get(0)).doesNotHaveDuplicates();
    }

    @Test
    void theTopReasonNamesTheRatedMovieThatContributedMost() {
        String token = newUser();
        rate(token, comedies.get(0), "4.5");
        rate(token, dramas.get(0), "5.0");

        List<Map<String, Object>> items = recommendations(token, "");

        for (long comedyMovie : comedies.subList(1, 4)) {
            assertThat(((Number) topReason(items, comedyMovie).get("movieId")).longValue())
                    .isEqualTo(comedies.get(0));
        }
        for (long dramaMovie : dramas.subList(1, 4)) {
            Map<String, Object> reason = topReason(items, dramaMovie);
            assertThat(((Number) reason.get("movieId")).longValue()).isEqualTo(dramas.get(0));
            assertThat(reason.get("type")).isIn("SIMILAR_TO_RATED", "RATED_AFTER");
        }
        Map<String, Object> similar =
                items.stream()
                        .flatMap(item -> objects(item.get("reasons")).stream())
                        .filter(
                                reason ->
                                        reason.get("type").equals("SIMILAR_TO_RATED")
                                                && ((Number) reason.get("movieId")).longValue()
                                                        == dramas.get(0))
                        .findFirst()
                        .orElseThrow();
        assertThat((String) similar.get("text"))
                .startsWith("Because you rated Tears 1 ")
                .endsWith(" 5");
    }

    @Test
    void favoritesWatchlistAndDismissedMoviesAreNeverRecommendedAndUndoBringsThemBack() {
        String token = newUser();
        rate(token, comedies.get(0), "4.5");
        assertThat(api.put("/api/v1/users/me/favorites/" + comedies.get(1), null, token).status())
                .isEqualTo(201);
        assertThat(api.put("/api/v1/users/me/watchlist/" + comedies.get(2), null, token).status())
                .isEqualTo(201);
        String dismiss = "/api/v1/users/me/recommendations/" + comedies.get(3) + "/dismiss";
        assertThat(api.post(dismiss, null, token).status()).isEqualTo(204);
        assertThat(api.post(dismiss, null, token).status()).isEqualTo(204);

        assertThat(movieIds(recommendations(token, ""))).doesNotContainAnyElementsOf(comedies);

        assertThat(api.delete(dismiss, token).status()).isEqualTo(204);
        assertThat(api.delete(dismiss, token).status()).isEqualTo(204);
        assertThat(movieIds(recommendations(token, "")).get(0)).isEqualTo(comedies.get(3));
    }

    @Test
    void aNewRatingChangesTheNextList() {
        String token = newUser();
        rate(token, comedies.get(0), "4.5");
        assertThat(movieIds(recommendations(token, "")).subList(0, 3))
                .doesNotContainAnyElementsOf(dramas);

        rate(token, dramas.get(0), "5.0");

        List<Long> after = movieIds(recommendations(token, ""));
        assertThat(after.subList(0, 6))
                .containsAll(dramas.subList(1, 4))
                .doesNotContain(dramas.get(0));
    }

    @Test
    void favoritesAndTheWatchlistFeedTheScoreWithReasonsThatSaySo() {
        String token = newUser();
        assertThat(api.put("/api/v1/users/me/favorites/" + comedies.get(0), null, token).status())
                .isEqualTo(201);
        assertThat(api.put("/api/v1/users/me/watchlist/" + dramas.get(0), null, token).status())
                .isEqualTo(201);

        List<Map<String, Object>> items = recommendations(token, "");

        assertThat(movieIds(items).subList(0, 6))
                .containsExactlyInAnyOrderElementsOf(
                        List.of(
                                comedies.get(1),
                                comedies.get(2),
                                comedies.get(3),
                                dramas.get(1),
                                dramas.get(2),
                                dramas.get(3)));
        Map<String, Object> fromFavorite = reasonOfType(items, "SIMILAR_TO_FAVORITE");
        assertThat(((Number) fromFavorite.get("movieId")).longValue()).isEqualTo(comedies.get(0));
        assertThat((String) fromFavorite.get("text"))
                .startsWith("Because Laugh 1 ")
                .endsWith(" is one of your favorites");
        Map<String, Object> fromWatchlist = reasonOfType(items, "SIMILAR_TO_WATCHLISTED");
        assertThat(((Number) fromWatchlist.get("movieId")).longValue()).isEqualTo(dramas.get(0));
        assertThat((String) fromWatchlist.get("text")).endsWith(" is on your watchlist");
        assertThat(movieIds(items)).doesNotContain(comedies.get(0), dramas.get(0));
    }

    private static Map<String, Object> reasonOfType(List<Map<String, Object>> items, String type) {
        return items.stream()
                .flatMap(item -> objects(item.get("reasons")).stream())
                .filter(reason -> reason.get("type").equals(type))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void withoutRatingsTheFavoriteGenresPopularMoviesComeWithThatGenreAsTheReason() {
        String token = newUser();
        Response patched =
                api.send(
                        "PATCH",
                        "/api/v1/users/me",
                        "{\"favoriteGenreIds\":[" + drama + "]}",
                        token,
                        Map.of());
        assertThat(patched.status()).as(patched.body()).isEqualTo(200);
        String dismiss = "/api/v1/users/me/recommendations/" + dramas.get(2) + "/dismiss";
        assertThat(api.post(dismiss, null, token).status()).isEqualTo(204);

        List<Map<String, Object>> items = recommendations(token, "");

        assertThat(movieIds(items))
                .containsExactlyInAnyOrder(dramas.get(0), dramas.get(1), dramas.get(3));
        assertThat(items)
                .allSatisfy(
                        item -> {
                            Map<String, Object> reason = objects(item.get("reasons")).get(0);
                            assertThat(reason).containsEntry("type", "POPULAR_IN_GENRE");
                            assertThat(((Number) reason.get("genreId")).longValue())
                                    .isEqualTo(drama);
                            assertThat((String) reason.get("text")).startsWith("Popular in Drama ");
                        });
    }

    @Test
    void withoutRatingsOrFavoriteGenresPopularMoviesComeFirst() {
        String token = newUser();

        Response page =
                api.send("GET", "/api/v1/users/me/recommendations?size=5", null, token, Map.of());

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.items())
                .hasSize(5)
                .allSatisfy(
                        item ->
                                assertThat(objects(item.get("reasons")).get(0))
                                        .containsEntry("type", "POPULAR"));
        List<Double> popularity =
                page.items().stream()
                        .map(
                                item ->
                                        ((Number) object(item.get("movie")).get("popularity"))
                                                .doubleValue())
                        .toList();
        assertThat(popularity).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void filtersNarrowTheListAndBadOnesAreRejected() {
        String token = newUser();
        rate(token, comedies.get(0), "4.5");
        rate(token, dramas.get(0), "4.5");

        assertThat(movieIds(recommendations(token, "&genre=" + drama)))
                .containsExactlyInAnyOrderElementsOf(dramas.subList(1, 4));
        assertThat(
                        movieIds(
                                recommendations(
                                        token, "&genre=" + drama + "&yearFrom=2012&yearTo=2013")))
                .containsExactlyInAnyOrder(dramas.get(1), dramas.get(2));

        assertInvalidField(
                api.send(
                        "GET",
                        "/api/v1/users/me/recommendations?yearFrom=2000&yearTo=1990",
                        null,
                        token,
                        Map.of()),
                "yearFrom");
        assertProblem(
                api.send(
                        "GET",
                        "/api/v1/users/me/recommendations?sort=title,asc",
                        null,
                        token,
                        Map.of()),
                400);
        assertProblem(
                api.send("GET", "/api/v1/users/me/recommendations?size=0", null, token, Map.of()),
                400);
    }

    @Test
    void similarMoviesAreTheGroupsOthersForAnyone() {
        Response similar = api.get("/api/v1/movies/" + dramas.get(1) + "/similar");

        assertThat(similar.status()).as(similar.body()).isEqualTo(200);
        assertThat(
                        similar.items().stream()
                                .map(item -> ((Number) item.get("id")).longValue())
                                .toList())
                .containsExactlyInAnyOrder(dramas.get(0), dramas.get(2), dramas.get(3));
        assertProblem(api.get("/api/v1/movies/" + UNKNOWN_ID + "/similar"), 404);
        assertProblem(api.get("/api/v1/movies/0/similar"), 404);
        assertProblem(api.get("/api/v1/movies/abc/similar"), 400);
    }

    @Test
    void aMovieNobodyRatedGetsTheMoviesSharingItsContentTheRarestSharedFirst() {
        Response similar = api.get("/api/v1/movies/" + unrated.get(0) + "/similar");

        assertThat(similar.status()).as(similar.body()).isEqualTo(200);
        List<Long> ids =
                similar.items().stream()
                        .map(item -> ((Number) item.get("id")).longValue())
                        .toList();
        assertThat(ids).hasSize(3).startsWith(unrated.get(1));
        assertThat(ids).containsExactlyInAnyOrderElementsOf(unrated.subList(1, 4));
    }

    @Test
    void theAdminSeesWhatTheUserGetsAndOnlyTheAdmin() {
        String token = newUser();
        rate(token, comedies.get(0), "4.5");
        long userId =
                ((Number)
                                api.send("GET", "/api/v1/users/me", null, token, Map.of())
                                        .json()
                                        .get("id"))
                        .longValue();

        Response asAdmin =
                api.send(
                        "GET",
                        "/api/v1/admin/users/" + userId + "/recommendations?size=100",
                        null,
                        admin,
                        Map.of());

        assertThat(asAdmin.status()).as(asAdmin.body()).isEqualTo(200);
        assertThat(movieIds(asAdmin.items())).isEqualTo(movieIds(recommendations(token, "")));
        assertProblem(
                api.send(
                        "GET",
                        "/api/v1/admin/users/" + userId + "/recommendations",
                        null,
                        token,
                        Map.of()),
                403);
        assertProblem(
                api.send(
                        "GET",
                        "/api/v1/admin/users/" + UNKNOWN_ID + "/recommendations",
                        null,
                        admin,
                        Map.of()),
                404);
    }

    @Test
    void theCallersListsNeedATokenAndDismissingAnUnknownMovieIsNotFound() {
        assertProblem(api.get("/api/v1/users/me/recommendations"), 401);
        assertProblem(
                api.post(
                        "/api/v1/users/me/recommendations/" + comedies.get(1) + "/dismiss",
                        null,
                        null),
                401);
        assertProblem(
                api.post(
                        "/api/v1/users/me/recommendations/" + UNKNOWN_ID + "/dismiss",
                        null,
                        newUser()),
                404);
    }
}

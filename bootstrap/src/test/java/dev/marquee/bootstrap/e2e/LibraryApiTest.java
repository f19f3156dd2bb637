package dev.marquee.bootstrap.e2e;

import static dev.marquee.bootstrap.e2e.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.bootstrap.e2e.Api.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The caller's library: favorites, watchlist, half-star ratings and reviews, and the movie's live
 * aggregates.
 */
class LibraryApiTest {

    private static final String PASSWORD = "library-passphrase";

    private static Api api;
    private static String admin;

    @BeforeAll
    static void connect() {
        api = Api.forShared();
        admin = api.adminToken();
    }

    private static String newUser() {
        String username = "reader_" + unique();
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
        return api.logIn(username, PASSWORD);
    }

    private static long newMovie() {
        return api.post("/api/v1/movies", "{\"title\":\"Shelf " + unique() + "\"}", admin).id();
    }

    private static Response rate(String token, long movie, String score, String review) {
        return api.put(
                "/api/v1/movies/" + movie + "/rating",
                "{\"score\":"
                        + score
                        + (review == null ? "" : ",\"review\":\"" + review + "\"")
                        + "}",
                token);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> ratingsOf(long movie) {
        return (Map<String, Object>) api.get("/api/v1/movies/" + movie).json().get("ratings");
    }

    @Test
    void addingAFavoriteIsIdempotent() {
        String token = newUser();
        long movie = newMovie();

        Response added = api.put("/api/v1/users/me/favorites/" + movie, null, token);
        Response again = api.put("/api/v1/users/me/favorites/" + movie, null, token);

        assertThat(added.status()).isEqualTo(201);
        assertThat(added.header("Location")).hasValue("/api/v1/users/me/favorites/" + movie);
        assertThat(again.status()).isEqualTo(200);
        assertThat(added.json()).containsKeys("movie", "addedAt");
        assertThat(again.json().get("addedAt")).isEqualTo(added.json().get("addedAt"));
        assertThat(
                        api.get(
                                        "/api/v1/users/me/favorites/" + movie,
                                        Map.of("Authorization", "Bearer " + token))
                                .status())
                .isEqualTo(200);
    }

    @Test
    void twentyFourConcurrentAddsMakeOneEntry() throws Exception {
        String token = newUser();
        long movie = newMovie();

        List<Integer> statuses =
                concurrently(
                        24,
                        () -> api.put("/api/v1/users/me/watchlist/" + movie, null, token).status());

        assertThat(statuses).containsOnly(200, 201).filteredOn(status -> status == 201).hasSize(1);
        assertThat(Fixtures.sql("select count(*) from watchlist_entries where movie_id = ?", movie))
                .isEqualTo(1);
    }

    @Test
    void listsAreNewestFirstAndRemovingIsIdempotent() {
        String token = newUser();
        long first = newMovie();
        long second = newMovie();
        api.put("/api/v1/users/me/watchlist/" + first, null, token);
        api.put("/api/v1/users/me/watchlist/" + second, null, token);

        Response list =
                api.get("/api/v1/users/me/watchlist", Map.of("Authorization", "Bearer " + token));
        assertThat(list.items())
                .extracting(
                        item -> ((Number) ((Map<?, ?>) item.get("movie")).get("id")).longValue())
                .containsExactly(second, first);
        assertThat(list.header("ETag")).isPresent();

        assertThat(api.delete("/api/v1/users/me/watchlist/" + first, token).status())
                .isEqualTo(204);
        assertThat(api.delete("/api/v1/users/me/watchlist/" + first, token).status())
                .isEqualTo(204);
        assertThat(
                        api.get(
                                        "/api/v1/users/me/watchlist",
                                        Map.of("Authorization", "Bearer " + token))
                                .items())
                .hasSize(1);
    }

    @Test
    void unknownMoviesAreNotFoundAndTheLibraryNeedsAToken() {
        String token = newUser();

        assertThat(api.put("/api/v1/users/me/favorites/987654321", null, token).status())
                .isEqualTo(404);
        assertThat(api.put("/api/v1/users/me/favorites/0", null, token).status()).isEqualTo(404);
        assertThat(rate(token, 987654321, "4.0", null).status()).isEqualTo(404);
        assertThat(api.put("/api/v1/users/me/favorites/" + newMovie(), null, null).status())
                .isEqualTo(401);
        assertThat(api.get("/api/v1/users/me/ratings").status()).isEqualTo(401);
    }

    @Test
    void oneUsersLibraryIsInvisibleToAnother() {
        String ada = newUser();
        String grace = newUser();
        long movie = newMovie();
        api.put("/api/v1/users/me/favorites/" + movie, null, ada);
        rate(ada, movie, "5.0", "Mine only");

        assertThat(
                        api.get(
                                        "/api/v1/users/me/favorites",
                                        Map.of("Authorization", "Bearer " + grace))
                                .items())
                .isEmpty();
        assertThat(
                        api.get(
                                        "/api/v1/movies/" + movie + "/rating",
                                        Map.of("Authorization", "Bearer " + grace))
                                .status())
                .isEqualTo(404);
        assertThat(
                        api.get(
                                        "/api/v1/users/me/ratings",
                                        Map.of("Authorization", "Bearer " + grace))
                                .items())
                .isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void ratingCreatesThenUpdatesAndTheAggregatesFollow() {
        String token = newUser();
        String other = newUser();
        long movie = newMovie();

        Response created = rate(token, movie, "4.5", "Tense");
        rate(other, movie, "2.0", null);
        Response updated = rate(token, movie, "3.5", null);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).hasValue("/api/v1/movies/" + movie + "/rating");
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json()).containsEntry("review", null);
        assertThat(updated.json().get("createdAt")).isEqualTo(created.json().get("createdAt"));
        Map<String, Object> ratings = ratingsOf(movie);
        assertThat(ratings).containsEntry("count", 2);
        assertThat(((Number) ratings.get("average")).doubleValue()).isEqualTo(2.75);
        assertThat((Map<String, Object>) ratings.get("histogram"))
                .containsEntry("3.5", 1)
                .containsEntry("2.0", 1)
                .containsEntry("4.5", 0);
        assertThat(
                        api.get(
                                        "/api/v1/movies/" + movie + "/rating",
                                        Map.of("Authorization", "Bearer " + token))
                                .json())
                .containsEntry("score", 3.5);
    }

    @Test
    @SuppressWarnings("unchecked")
    void twelveConcurrentRatersAreAllCounted() throws Exception {
        long movie = newMovie();
        List<String> raters = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            raters.add(newUser());
        }
        ExecutorService pool = Executors.newFixedThreadPool(12);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String token = raters.get(i);
            String score = i % 2 == 0 ? "4.0" : "5.0";
            results.add(
                    pool.submit(
                            () -> {
                                start.await();
                                return rate(token, movie, score, null).status();
                            }));
        }
        start.countDown();
        for (Future<Integer> result : results) {
            assertThat(result.get()).isEqualTo(201);
        }
        pool.shutdown();

        Map<String, Object> ratings = ratingsOf(movie);
        assertThat(ratings).containsEntry("count", 12);
        assertThat(((Number) ratings.get("average")).doubleValue()).isEqualTo(4.5);
        assertThat((Map<String, Object>) ratings.get("histogram"))
                .containsEntry("4.0", 6)
                .containsEntry("5.0", 6);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"0", "0.0", "0.25", "4.3", "5.5", "6", "-1", "\"four\"", "null", "4.05"})
    void scoresOutsideHalfStarStepsAreRejected(String score) {
        String token = newUser();
        long movie = newMovie();

        Response invalid = rate(token, movie, score, null);

        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.header("Content-Type")).hasValue("application/problem+json");
        assertThat(ratingsOf(movie)).containsEntry("count", 0);
    }

    @Test
    void reviewsAreBoundedAndPublicWithUsernamesOnly() {
        String token = newUser();
        String silent = newUser();
        long movie = newMovie();

        assertThat(rate(token, movie, "4.0", "x".repeat(10_001)).status()).isEqualTo(400);
        assertThat(rate(token, movie, "4.0", "Worth the wait").status()).isEqualTo(201);
        rate(silent, movie, "1.0", null);

        Response reviews = api.get("/api/v1/movies/" + movie + "/reviews");
        assertThat(reviews.status()).isEqualTo(200);
        assertThat(reviews.items())
                .singleElement()
                .satisfies(
                        review -> {
                            assertThat(review)
                                    .containsEntry("review", "Worth the wait")
                                    .containsEntry("score", 4.0)
                                    .containsKeys("username", "createdAt")
                                    .doesNotContainKeys("userId", "email", "id");
                        });
        assertThat(api.get("/api/v1/movies/987654321/reviews").status()).isEqualTo(404);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theMeBlockShowsTheCallersStateAndOnlyToThem() {
        String token = newUser();
        long movie = newMovie();
        api.put("/api/v1/users/me/watchlist/" + movie, null, token);
        rate(token, movie, "3.5", null);

        Map<String, Object> mine =
                api.get("/api/v1/movies/" + movie, Map.of("Authorization", "Bearer " + token))
                        .json();
        Map<String, Object> anonymous = api.get("/api/v1/movies/" + movie).json();

        assertThat(mine.get("me"))
                .isEqualTo(Map.of("favorite", false, "watchlisted", true, "rating", 3.5));
        assertThat(anonymous).doesNotContainKey("me");
        Map<String, Object> stranger =
                api.get("/api/v1/movies/" + movie, Map.of("Authorization", "Bearer " + newUser()))
                        .json();
        assertThat((Map<String, Object>) stranger.get("me"))
                .containsEntry("favorite", false)
                .containsEntry("watchlisted", false)
                .containsEntry("rating", null);
    }

    @Test
    void deletingAMovieEmptiesItFromEveryLibrary() {
        String token = newUser();
        long movie = newMovie();
        api.put("/api/v1/users/me/favorites/" + movie, null, token);
        rate(token, movie, "5.0", "Gone soon");

        assertThat(api.delete("/api/v1/movies/" + movie, admin).status()).isEqualTo(204);

        assertThat(
                        api.get(
                                        "/api/v1/users/me/favorites",
                                        Map.of("Authorization", "Bearer " + token))
                                .items())
                .isEmpty();
        assertThat(
                        api.get(
                                        "/api/v1/users/me/ratings",
                                        Map.of("Authorization", "Bearer " + token))
                                .items())
                .isEmpty();
    }

    @Test
    void deletingAnAccountTakesItsRatingsOutOfTheAggregates() {
        String leaving = newUser();
        String staying = newUser();
        long movie = newMovie();
        rate(leaving, movie, "1.0", "Not for me");
        rate(staying, movie, "5.0", null);

        api.delete("/api/v1/users/me", leaving);

        Map<String, Object> ratings = ratingsOf(movie);
        assertThat(ratings).containsEntry("count", 1);
        assertThat(((Number) ratings.get("average")).doubleValue()).isEqualTo(5.0);
        assertThat(api.get("/api/v1/movies/" + movie + "/reviews").items()).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theExportHoldsTheWholeLibrary() {
        String token = newUser();
        long movie = newMovie();
        api.put("/api/v1/users/me/favorites/" + movie, null, token);
        api.put("/api/v1/users/me/watchlist/" + movie, null, token);
        rate(token, movie, "4.0", "Exported review");

        Map<String, Object> export =
                api.get("/api/v1/users/me/export", Map.of("Authorization", "Bearer " + token))
                        .json();

        assertThat((List<?>) export.get("favorites")).hasSize(1);
        assertThat((List<?>) export.get("watchlist")).hasSize(1);
        assertThat((List<Map<String, Object>>) export.get("ratings"))
                .singleElement()
                .satisfies(
                        rating ->
                                assertThat(rating)
                                        .containsEntry("review", "Exported review")
                                        .containsEntry("score", 4.0));
    }

    @Test
    void moviesSortByAverageRatingFromTheStoredAggregates() {
        String token = newUser();
        long low = newMovie();
        long high = newMovie();
        rate(token, low, "1.5", null);
        rate(token, high, "4.5", null);

        List<Map<String, Object>> sorted =
                api.get("/api/v1/movies?sort=averageRating,desc&size=100").items();

        List<Long> ids =
                sorted.stream().map(movie -> ((Number) movie.get("id")).longValue()).toList();
        assertThat(ids.indexOf(high)).isLessThan(ids.indexOf(low));
    }

    private static <T> List<T> concurrently(int callers, Callable<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (int i = 0; i < callers; i++) {
            futures.add(
                    pool.submit(
                            () -> {
                                start.await();
                                return call.call();
                            }));
        }
        start.countDown();
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            results.add(future.get());
        }
        pool.shutdown();
        return results;
    }
}

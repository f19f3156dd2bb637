package dev.marquee.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.bootstrap.Marquee.RunningMarquee;
import dev.marquee.bootstrap.e2e.Api;
import dev.marquee.bootstrap.e2e.TestMarquee;
import io.micronaut.json.JsonMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The normal case: a server runs on the embedded default, and an import is run beside it on the
 * same data directory.
 */
class ImportIntoRunningServerTest {

    @Test
    void anImportUsesTheRunningServersEmbeddedDatabaseAndTheServerSeesTheMoviesAtOnce()
            throws Exception {
        Path dataDirectory = TestMarquee.freshDataDirectory();
        try (RunningMarquee server = TestMarquee.start(dataDirectory)) {
            CommandRun run =
                    CommandRun.of(
                            null,
                            dataDirectory,
                            "import",
                            "tmdb",
                            ImportCommandTest.fixture("tmdb/tmdb_movies.csv").toString());

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out())
                    .contains(
                            "Database: the running Marquee's embedded PostgreSQL in "
                                    + dataDirectory.resolve("postgres"));
            HttpResponse<String> movies =
                    HttpClient.newHttpClient()
                            .send(
                                    HttpRequest.newBuilder(
                                                    URI.create(
                                                            TestMarquee.baseUrl(server)
                                                                    + "/api/v1/movies?q=host&sort=releaseDate,asc"))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString());
            assertThat(movies.statusCode()).isEqualTo(200);
            assertThat(movies.body())
                    .contains("\"totalItems\":2")
                    .contains("\"tmdbId\":1255")
                    .contains("\"tmdbId\":72710");
            assertThat(server.context().isRunning()).isTrue();
        }
    }

    @Test
    void aSecondJavaProcessImportsIntoTheRunningServersEmbeddedDatabaseInsteadOfDyingOnItsLock()
            throws Exception {
        Path dataDirectory = TestMarquee.freshDataDirectory();
        try (RunningMarquee server = TestMarquee.start(dataDirectory)) {
            Path output = dataDirectory.resolve("import.log");
            ProcessBuilder command =
                    new ProcessBuilder(
                                    ProcessHandle.current().info().command().orElse("java"),
                                    "-cp",
                                    System.getProperty("java.class.path"),
                                    "dev.marquee.bootstrap.Marquee",
                                    "import",
                                    "tmdb",
                                    ImportCommandTest.fixture("tmdb/tmdb_movies.csv").toString())
                            .redirectErrorStream(true)
                            .redirectOutput(output.toFile());
            command.environment().put("MARQUEE_DATA_DIR", dataDirectory.toString());
            command.environment().remove("DATASOURCES_DEFAULT_URL");

            Process process = command.start();

            assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as(Files.readString(output)).isZero();
            assertThat(Files.readString(output))
                    .contains("Database: the running Marquee's embedded PostgreSQL")
                    .contains("movies:      5 created")
                    .doesNotContain("Exception");
            assertThat(
                            HttpClient.newHttpClient()
                                    .send(
                                            HttpRequest.newBuilder(
                                                            URI.create(
                                                                    TestMarquee.baseUrl(server)
                                                                            + "/api/v1/movies?q=toy+story"))
                                                    .build(),
                                            HttpResponse.BodyHandlers.ofString())
                                    .body())
                    .contains("\"tmdbId\":862");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void ratingsThroughTheApiWhileAnImportRunsAreAllCountedExactly() throws Exception {
        Path dataDirectory = TestMarquee.freshDataDirectory();
        try (RunningMarquee server = TestMarquee.start(dataDirectory)) {
            Api api =
                    new Api(
                            TestMarquee.baseUrl(server),
                            server.context().getBean(JsonMapper.class));
            assertThat(
                            CommandRun.of(
                                            null,
                                            dataDirectory,
                                            "import",
                                            "tmdb",
                                            ImportCommandTest.fixture("tmdb/tmdb_movies.csv")
                                                    .toString())
                                    .exitCode())
                    .isZero();
            assertThat(
                            api.post(
                                            "/api/v1/auth/register",
                                            "{\"username\":\"rater\",\"email\":\"rater@example.org\","
                                                    + "\"password\":\"rater-password\",\"firstName\":\"R\",\"lastName\":\"R\"}",
                                            null)
                                    .status())
                    .isEqualTo(201);
            String token = api.logIn("rater", "rater-password");
            long toyStory =
                    ((Number) api.get("/api/v1/movies?q=toy+story").items().get(0).get("id"))
                            .longValue();

            CompletableFuture<Void> rater =
                    CompletableFuture.runAsync(
                            () -> {
                                for (int i = 0; i < 300; i++) {
                                    String score =
                                            i == 299 ? "4.5" : String.valueOf((i % 10 + 1) / 2.0);
                                    assertThat(
                                                    api.put(
                                                                    "/api/v1/movies/"
                                                                            + toyStory
                                                                            + "/rating",
                                                                    "{\"score\":" + score + "}",
                                                                    token)
                                                            .status())
                                            .isIn(200, 201);
                                }
                            });
            CommandRun movieLens =
                    CommandRun.of(
                            null,
                            dataDirectory,
                            "import",
                            "movielens",
                            ImportCommandTest.fixture("movielens").toString());
            rater.get(60, TimeUnit.SECONDS);

            assertThat(movieLens.exitCode()).as(movieLens.err()).isZero();
            Map<String, Object> ratings =
                    (Map<String, Object>)
                            api.get("/api/v1/movies/" + toyStory).json().get("ratings");
            assertThat(ratings.get("count")).isEqualTo(4);
            assertThat(ratings.get("average").toString()).isEqualTo("3.5");
            assertThat((Map<String, Object>) ratings.get("histogram"))
                    .containsEntry("0.5", 1)
                    .containsEntry("4.0", 1)
                    .containsEntry("4.5", 1)
                    .containsEntry("5.0", 1)
                    .containsEntry("3.0", 0);
        }
    }
}

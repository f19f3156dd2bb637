package dev.marquee.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.bootstrap.Marquee.RunningMarquee;
import dev.marquee.bootstrap.e2e.TestMarquee;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The normal case: a server runs on the embedded default, and an import is run beside it on the same data directory. */
class ImportIntoRunningServerTest {

    @Test
    void anImportUsesTheRunningServersEmbeddedDatabaseAndTheServerSeesTheMoviesAtOnce() throws Exception {
        Path dataDirectory = TestMarquee.freshDataDirectory();
        try (RunningMarquee server = TestMarquee.start(dataDirectory)) {
            CommandRun run = CommandRun.of(null, dataDirectory, "import", "tmdb",
                    ImportCommandTest.fixture("tmdb/tmdb_movies.csv").toString());

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).contains("Database: the running Marquee's embedded PostgreSQL in " + dataDirectory.resolve("postgres"));
            HttpResponse<String> movies = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(TestMarquee.baseUrl(server) + "/api/v1/movies?q=host&sort=releaseDate,asc")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(movies.statusCode()).isEqualTo(200);
            assertThat(movies.body()).contains("\"totalItems\":2").contains("\"tmdbId\":1255").contains("\"tmdbId\":72710");
            assertThat(server.context().isRunning()).isTrue();
        }
    }
}

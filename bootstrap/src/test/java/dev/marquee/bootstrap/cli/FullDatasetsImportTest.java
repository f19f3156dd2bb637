package dev.marquee.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.marquee.bootstrap.Marquee.RunningMarquee;
import dev.marquee.bootstrap.e2e.TestMarquee;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Both full data sets from {@code ../shared/datasets} (TMDB 5000, MovieLens latest-small), imported
 * as a user would, then checked through the database and the API. Skipped, saying so, where the
 * folder is not there.
 */
class FullDatasetsImportTest {

    private static final Path DATASETS =
            Path.of(System.getProperty("marquee.datasets", "../../shared/datasets"));
    private static final Path TMDB = DATASETS.resolve("tmdb-5000/tmdb_5000_movies.csv.gz");
    private static final Path MOVIELENS = DATASETS.resolve("movielens-latest-small");

    @TempDir Path scratch;

    @Test
    void importsBothDataSetsFaithfullyOnceAndListsWellKnownMuchRatedFilmsFirst() throws Exception {
        assumeTrue(
                Files.exists(TMDB) && Files.isDirectory(MOVIELENS),
                "skipped: the full data sets are not at "
                        + DATASETS.toAbsolutePath().normalize()
                        + " (set -Dmarquee.datasets=... to point at them)");
        ImportDatabase database = ImportDatabase.fresh();

        CommandRun tmdb = CommandRun.of(database, scratch, "import", "tmdb", TMDB.toString());
        CommandRun movieLens =
                CommandRun.of(database, scratch, "import", "movielens", MOVIELENS.toString());

        assertThat(tmdb.exitCode()).as(tmdb.err()).isZero();
        assertThat(movieLens.exitCode()).as(movieLens.err()).isZero();
        assertThat(tmdb.out()).contains("movies:      4,803 created");
        assertThat(database.count("select count(*) from movies where tmdb_popularity is not null"))
                .isEqualTo(4_803);
        assertThat(
                        database.count(
                                "select count(distinct tmdb_id) from movies where tmdb_popularity is not null"))
                .isEqualTo(4_803);
        assertThat(database.count("select count(*) from movies where movielens_id is not null"))
                .isEqualTo(9_742);
        assertThat(database.count("select count(distinct movielens_id) from movies"))
                .isEqualTo(9_742);
        assertThat(database.count("select count(*) from ratings")).isEqualTo(100_836);
        assertThat(database.count("select count(*) from users where username like 'movielens-%'"))
                .isEqualTo(610);
        assertThat(
                        database.count(
                                "select count(*) from movies m where rating_count <> (select count(*) from ratings r"
                                        + " where r.movie_id = m.id) or rating_sum <> (select coalesce(sum(score), 0) from ratings r where r.movie_id = m.id)"
                                        + " or rating_histogram <> array(select (select count(*) from ratings r where r.movie_id = m.id and r.score = s / 2.0)"
                                        + " from generate_series(1, 10) s order by s)::integer[]"))
                .as("every aggregate equals its ratings")
                .isZero();
        assertThat(
                        database.text(
                                "select movielens_id || ' ' || rating_count || ' ' || title from movies where tmdb_id = 862"))
                .as("ratings land on the TMDB movie the links name")
                .isEqualTo("1 215 Toy Story");

        CommandRun tmdbAgain = CommandRun.of(database, scratch, "import", "tmdb", TMDB.toString());
        CommandRun movieLensAgain =
                CommandRun.of(database, scratch, "import", "movielens", MOVIELENS.toString());
        assertThat(tmdbAgain.out()).contains("movies:      0 created, 0 updated, 4,803 unchanged");
        assertThat(movieLensAgain.out())
                .contains("movies:      0 created, 0 updated, 9,742 unchanged")
                .contains("ratings:     0 created, 0 updated, 100,836 unchanged");

        assertThat(firstTitlesByDefaultSort(database, 20))
                .as("well known and much rated")
                .contains(
                        "Forrest Gump",
                        "The Shawshank Redemption",
                        "Pulp Fiction",
                        "The Matrix",
                        "Star Wars");
    }

    private static List<String> firstTitlesByDefaultSort(ImportDatabase database, int size)
            throws Exception {
        try (RunningMarquee marquee =
                TestMarquee.startAlongside(
                        TestMarquee.shared(), Map.of("datasources.default.url", database.url()))) {
            HttpResponse<String> response =
                    HttpClient.newHttpClient()
                            .send(
                                    HttpRequest.newBuilder(
                                                    URI.create(
                                                            TestMarquee.baseUrl(marquee)
                                                                    + "/api/v1/movies?size="
                                                                    + size))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            List<String> titles = new ArrayList<>();
            for (JsonNode movie : new ObjectMapper().readTree(response.body()).path("items")) {
                assertThat(movie.path("ratingCount").asInt())
                        .as(movie.toString())
                        .isGreaterThanOrEqualTo(40);
                titles.add(movie.path("title").asText());
            }
            return titles;
        }
    }
}

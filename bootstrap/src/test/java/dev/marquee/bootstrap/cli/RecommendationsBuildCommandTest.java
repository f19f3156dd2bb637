package dev.marquee.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code recommendations build} on a small MovieLens folder with two groups of users, each rating
 * its own four movies in the same order: the stored neighbours stay within a group, and a rebuild
 * replaces the model whole.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecommendationsBuildCommandTest {

    /** The key the build lock is taken under, as the persistence adapter takes it. */
    private static final long BUILD_LOCK = 0x4d51_5245_4342_4c44L;

    private static final List<String> GROUP_A = List.of("1", "2", "3", "4");
    private static final List<String> GROUP_B = List.of("5", "6", "7", "8");

    private ImportDatabase database;
    private CommandRun imported;
    private CommandRun firstBuild;

    @TempDir static Path scratch;

    @BeforeAll
    void importAndBuild() throws IOException {
        database = ImportDatabase.fresh();
        imported =
                CommandRun.of(
                        database,
                        scratch,
                        "import",
                        "movielens",
                        twoTasteGroups(scratch.resolve("ml")).toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        firstBuild = CommandRun.of(database, scratch, "recommendations", "build");
    }

    @Test
    void reportsTheBuildAndLeavesExactlyOneActiveVersion() {
        assertThat(firstBuild.exitCode()).as(firstBuild.err()).isZero();
        assertThat(firstBuild.out())
                .contains("Recommendation model version")
                .contains("80 ratings of 20 users on 8 movies");
        assertThat(database.count("select count(*) from recommendation_models where active"))
                .isEqualTo(1);
        assertThat(database.count("select count(*) from movie_model_popularity")).isEqualTo(8);
        assertThat(database.text("select max(popularity) from movie_model_popularity"))
                .isEqualTo("1");
    }

    @Test
    void anImportRebuildsTheModelWhenItChangedRatingsUnlessToldNotTo() throws IOException {
        assertThat(imported.out())
                .contains("Ratings changed: rebuilding the recommendation model")
                .contains("80 ratings of 20 users on 8 movies");

        long version = database.count("select version from recommendation_models where active");
        CommandRun unchanged =
                CommandRun.of(
                        database,
                        scratch,
                        "import",
                        "movielens",
                        twoTasteGroups(scratch.resolve("ml")).toString());
        assertThat(unchanged.exitCode()).as(unchanged.err()).isZero();
        assertThat(unchanged.out()).doesNotContain("rebuilding");
        assertThat(database.count("select version from recommendation_models where active"))
                .isEqualTo(version);

        Path changed = twoTasteGroups(scratch.resolve("ml-changed"));
        List<String> lines = Files.readAllLines(changed.resolve("ratings.csv"));
        String[] first = lines.get(1).split(",");
        lines.set(1, first[0] + "," + first[1] + ",1.0," + first[3]);
        Files.write(changed.resolve("ratings.csv"), lines);
        CommandRun skipped =
                CommandRun.of(
                        database,
                        scratch,
                        "import",
                        "movielens",
                        "--skip-model-build",
                        changed.toString());
        assertThat(skipped.exitCode()).as(skipped.err()).isZero();
        assertThat(skipped.out())
                .containsPattern("ratings:\\s+0 created, 1 updated")
                .doesNotContain("rebuilding");
        assertThat(database.count("select version from recommendation_models where active"))
                .isEqualTo(version);

        CommandRun rebuilt =
                CommandRun.of(
                        database,
                        scratch,
                        "import",
                        "movielens",
                        twoTasteGroups(scratch.resolve("ml")).toString());
        assertThat(rebuilt.out()).contains("Ratings changed: rebuilding the recommendation model");
        assertThat(database.count("select version from recommendation_models where active"))
                .isGreaterThan(version);
    }

    @Test
    void similarMoviesAreThoseTheSamePeopleRated() {
        for (String movie : GROUP_A) {
            assertThat(neighbours(movie, 1)).isNotEmpty().isSubsetOf(GROUP_A).doesNotContain(movie);
        }
        for (String movie : GROUP_B) {
            assertThat(neighbours(movie, 1)).isNotEmpty().isSubsetOf(GROUP_B).doesNotContain(movie);
        }
    }

    @Test
    void ratedAfterFollowsTheOrderPeopleRatedIn() {
        assertThat(neighbours("1", 2)).containsExactlyInAnyOrder("2", "3", "4");
        assertThat(neighbours("3", 2)).containsExactly("4");
        assertThat(neighbours("4", 2)).isEmpty();
    }

    @Test
    void aRebuildReplacesTheModelWholeAndAHeldLockSkipsTheBuild() throws Exception {
        long rowsBefore = database.count("select count(*) from movie_neighbours");
        long versionBefore =
                database.count("select version from recommendation_models where active");

        CommandRun again = CommandRun.of(database, scratch, "recommendations", "build");

        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(database.count("select count(*) from recommendation_models")).isEqualTo(1);
        long versionAfter =
                database.count("select version from recommendation_models where active");
        assertThat(versionAfter).isGreaterThan(versionBefore);
        assertThat(
                        database.count(
                                "select count(*) from movie_neighbours where version = ?",
                                versionAfter))
                .isEqualTo(rowsBefore);

        try (Connection otherInstance = DriverManager.getConnection(database.url());
                PreparedStatement lock =
                        otherInstance.prepareStatement("select pg_advisory_lock(?)")) {
            lock.setLong(1, BUILD_LOCK);
            lock.execute();
            CommandRun whileLocked = CommandRun.of(database, scratch, "recommendations", "build");
            assertThat(whileLocked.exitCode())
                    .isEqualTo(RecommendationsBuildCommand.ANOTHER_BUILD_RUNNING);
            assertThat(whileLocked.err()).contains("another recommendation build is running");
        }
        assertThat(database.count("select version from recommendation_models where active"))
                .isEqualTo(versionAfter);
    }

    /**
     * The MovieLens ids of the stored neighbours of one kind (1 similar, 2 rated after), strongest
     * first.
     */
    private List<String> neighbours(String movieLensId, int kind) {
        return database.texts(
                """
                select neighbour.movielens_id from movie_neighbours n
                join movies movie on movie.id = n.movie_id
                join movies neighbour on neighbour.id = n.neighbour_id
                where movie.movielens_id = ?::integer and n.kind = ? order by n.rank""",
                movieLensId,
                kind);
    }

    private static Path twoTasteGroups(Path directory) throws IOException {
        Files.createDirectories(directory);
        try (BufferedWriter movies = Files.newBufferedWriter(directory.resolve("movies.csv"));
                BufferedWriter links = Files.newBufferedWriter(directory.resolve("links.csv"))) {
            movies.write("movieId,title,genres\n");
            links.write("movieId,imdbId,tmdbId\n");
            for (int id = 1; id <= 8; id++) {
                movies.write(
                        id
                                + ",Taste Movie "
                                + id
                                + " (2001),"
                                + (id <= 4 ? "Comedy" : "Drama")
                                + "\n");
                links.write(id + "," + (7_100_000 + id) + ",\n");
            }
        }
        try (BufferedWriter ratings = Files.newBufferedWriter(directory.resolve("ratings.csv"))) {
            ratings.write("userId,movieId,rating,timestamp\n");
            for (int user = 1; user <= 20; user++) {
                List<String> group = user <= 10 ? GROUP_A : GROUP_B;
                for (int position = 0; position < group.size(); position++) {
                    ratings.write(
                            user
                                    + ","
                                    + group.get(position)
                                    + ","
                                    + (3.5 + (user + position) % 3 * 0.5)
                                    + ","
                                    + (1_000_000_000L + user * 1_000L + position * 60L)
                                    + "\n");
                }
            }
        }
        return directory;
    }
}

package dev.marquee.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import killed with SIGKILL in the middle, then run again, ends exactly where an uninterrupted
 * run does.
 */
class ImportKillTest {

    private static final int MOVIES = 3_000;

    /** Three batches of ratings: the kill comes after the first is committed, before the last. */
    private static final int USERS = 750;

    private static final int RATINGS_PER_USER = 200;

    @TempDir Path scratch;

    @Test
    void aKilledImportRunAgainEndsAsACleanRunDoes() throws Exception {
        Path dataSet =
                SyntheticMovieLens.write(
                        scratch.resolve("movielens"), MOVIES, USERS, RATINGS_PER_USER);
        ImportDatabase killed = ImportDatabase.fresh();
        ImportDatabase clean = ImportDatabase.fresh();

        Process first = importInAnotherProcess(killed, dataSet);
        waitUntil(
                first,
                () ->
                        killed.count("select count(*) from pg_tables where tablename = 'ratings'")
                                        > 0
                                && killed.count("select count(*) from ratings") > 0);
        first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        long ratingsAtKill = killed.count("select count(*) from ratings");
        assertThat(ratingsAtKill)
                .as("killed in the middle of the ratings")
                .isBetween(1L, (long) USERS * RATINGS_PER_USER - 1);
        assertThat(
                        killed.count(
                                "select count(*) from movies m where rating_count <> (select count(*) from ratings r"
                                        + " where r.movie_id = m.id)"))
                .as("aggregates exact even right after the kill")
                .isZero();

        CommandRun rerun =
                CommandRun.of(killed, scratch, "import", "movielens", dataSet.toString());
        CommandRun uninterrupted =
                CommandRun.of(clean, scratch, "import", "movielens", dataSet.toString());

        assertThat(rerun.exitCode()).as(rerun.err()).isZero();
        assertThat(uninterrupted.exitCode()).as(uninterrupted.err()).isZero();
        List<String> expected = clean.fingerprint();
        assertThat(killed.fingerprint()).isEqualTo(expected);
        assertThat(killed.count("select count(*) from ratings"))
                .isEqualTo((long) USERS * RATINGS_PER_USER);
    }

    private Process importInAnotherProcess(ImportDatabase database, Path dataSet)
            throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder =
                new ProcessBuilder(
                                java,
                                "-cp",
                                System.getProperty("java.class.path"),
                                "dev.marquee.bootstrap.Marquee",
                                "import",
                                "movielens",
                                dataSet.toString())
                        .redirectErrorStream(true)
                        .redirectOutput(scratch.resolve("first-run.log").toFile());
        builder.environment().put("DATASOURCES_DEFAULT_URL", database.url());
        builder.environment().put("MARQUEE_DATA_DIR", scratch.resolve("data").toString());
        return builder.start();
    }

    private static void waitUntil(Process process, BooleanSupplier condition)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!condition.getAsBoolean()) {
            assertThat(process.isAlive()).as("the import is still running").isTrue();
            assertThat(System.nanoTime())
                    .as("the first ratings arrive within two minutes")
                    .isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}

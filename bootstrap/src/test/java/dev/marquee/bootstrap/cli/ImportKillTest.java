package dev.marquee.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An import killed with SIGKILL in the middle, then run again, ends exactly where an uninterrupted run does. */
class ImportKillTest {

    private static final int MOVIES = 3_000;
    private static final int USERS = 600;
    private static final int RATINGS_PER_USER = 120;

    @TempDir
    Path scratch;

    @Test
    void aKilledImportRunAgainEndsAsACleanRunDoes() throws Exception {
        Path dataSet = SyntheticMovieLens.write(scratch.resolve("movielens"), MOVIES, USERS, RATINGS_PER_USER);
        ImportDatabase killed = ImportDatabase.fresh();
        ImportDatabase clean = ImportDatabase.fresh();

        Process first = importInAnotherProcess(killed, dataSet);
        waitForLine(first, line -> line.startsWith("ratings: ") && line.contains(" of "));
        first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        long ratingsAtKill = killed.count("select count(*) from ratings");
        assertThat(ratingsAtKill).as("killed in the middle of the ratings").isBetween(1L, (long) USERS * RATINGS_PER_USER - 1);
        assertThat(killed.count("select count(*) from movies m where rating_count <> (select count(*) from ratings r"
                + " where r.movie_id = m.id)")).as("aggregates exact even right after the kill").isZero();

        CommandRun rerun = CommandRun.of(killed, scratch, "import", "movielens", dataSet.toString());
        CommandRun uninterrupted = CommandRun.of(clean, scratch, "import", "movielens", dataSet.toString());

        assertThat(rerun.exitCode()).as(rerun.err()).isZero();
        assertThat(uninterrupted.exitCode()).as(uninterrupted.err()).isZero();
        List<String> expected = clean.fingerprint();
        assertThat(killed.fingerprint()).isEqualTo(expected);
        assertThat(killed.count("select count(*) from ratings")).isEqualTo((long) USERS * RATINGS_PER_USER);
    }

    private Process importInAnotherProcess(ImportDatabase database, Path dataSet) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "dev.marquee.bootstrap.Marquee", "import", "movielens", dataSet.toString())
                .redirectErrorStream(true);
        builder.environment().put("DATASOURCES_DEFAULT_URL", database.url());
        builder.environment().put("MARQUEE_DATA_DIR", scratch.resolve("data").toString());
        return builder.start();
    }

    private static void waitForLine(Process process, Predicate<String> wanted) throws IOException {
        BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line = output.readLine(); line != null; line = output.readLine()) {
            seen.append(line).append('\n');
            if (wanted.test(line)) {
                return;
            }
        }
        throw new AssertionError("the import ended before its first progress line on ratings:\n" + seen);
    }
}

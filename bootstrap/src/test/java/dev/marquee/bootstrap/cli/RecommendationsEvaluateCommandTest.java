package dev.marquee.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code recommendations evaluate DIR} runs the offline evaluation on a folder, without a database.
 */
class RecommendationsEvaluateCommandTest {

    @TempDir Path scratch;

    @Test
    void printsTheTestTableOfTheFourModels() throws IOException {
        Path folder = SyntheticMovieLens.write(scratch.resolve("ml"), 40, 30, 15);

        CommandRun run = evaluate(folder.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("30 users, 40 movies, 450 ratings")
                .contains("Validation (tuning)")
                .contains("Test");
    }

    @Test
    void withATmdbFileTheContentModelReadsItsKeywordsOfTheLinkedMovies() throws IOException {
        Path folder = SyntheticMovieLens.write(scratch.resolve("ml"), 40, 30, 15);
        Path tmdb = scratch.resolve("tmdb.csv");
        Files.writeString(
                tmdb,
                "id,title,genres,keywords\r\n"
                        + "800001,One,\"[{\"\"id\"\": 18, \"\"name\"\": \"\"Drama\"\"}]\","
                        + "\"[{\"\"id\"\": 1, \"\"name\"\": \"\"heist\"\"}]\"\r\n"
                        + "800002,Two,[],\"[{\"\"id\"\": 1, \"\"name\"\": \"\"heist\"\"}]\"\r\n");

        CommandRun run = evaluate(folder.toString(), "--tmdb", tmdb.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("content model (with TMDB genres and keywords of " + tmdb)
                .contains("40 movies with features")
                .contains("content x");
    }

    @Test
    void aTmdbFileThatIsNotThereOrAFolderWithoutLinksGivesOneLineAndExitOne() throws IOException {
        Path folder = SyntheticMovieLens.write(scratch.resolve("ml"), 10, 5, 3);
        CommandRun absent =
                evaluate(folder.toString(), "--tmdb", scratch.resolve("absent.csv").toString());
        Files.delete(folder.resolve("links.csv"));
        Path tmdb = Files.writeString(scratch.resolve("tmdb.csv"), "id,genres,keywords\r\n");
        CommandRun noLinks = evaluate(folder.toString(), "--tmdb", tmdb.toString());
        CommandRun help = evaluate("--help");

        assertThat(absent.exitCode()).isEqualTo(ImportRun.FAILED);
        assertThat(absent.err().strip()).endsWith("absent.csv is not a file").doesNotContain("\n");
        assertThat(noLinks.exitCode()).isEqualTo(ImportRun.FAILED);
        assertThat(noLinks.err().strip()).contains("--tmdb needs links.csv").doesNotContain("\n");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("--tmdb=FILE");
    }

    @Test
    void aMissingFolderGivesOneLineAndExitOne() {
        CommandRun run = evaluate(scratch.resolve("absent").toString());

        assertThat(run.exitCode()).isEqualTo(ImportRun.FAILED);
        assertThat(run.err()).contains("is not a folder");
    }

    private CommandRun evaluate(String... arguments) {
        String[] command = new String[arguments.length + 2];
        command[0] = "recommendations";
        command[1] = "evaluate";
        System.arraycopy(arguments, 0, command, 2, arguments.length);
        return CommandRun.of(null, scratch, command);
    }
}

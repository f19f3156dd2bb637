package dev.marquee.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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

        CommandRun run =
                CommandRun.of(null, scratch, "recommendations", "evaluate", folder.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("30 users, 40 movies, 450 ratings")
                .contains("Validation (tuning)")
                .contains("Test");
    }

    @Test
    void aMissingFolderGivesOneLineAndExitOne() {
        CommandRun run =
                CommandRun.of(
                        null,
                        scratch,
                        "recommendations",
                        "evaluate",
                        scratch.resolve("absent").toString());

        assertThat(run.exitCode()).isEqualTo(ImportRun.FAILED);
        assertThat(run.err()).contains("is not a folder");
    }
}

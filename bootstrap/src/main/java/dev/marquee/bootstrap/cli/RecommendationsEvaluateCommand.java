package dev.marquee.bootstrap.cli;

import dev.marquee.application.recommendation.evaluation.EvaluateRecommendations;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code marquee recommendations evaluate DIR}: the offline evaluation of docs/recommendations.md
 * on a MovieLens folder.
 */
@Command(
        name = "evaluate",
        description = {
            "Evaluates the recommender offline on a MovieLens folder (ratings.csv, and movies.csv "
                    + "when present): each user's last 20% held out, settings tuned on a validation split of the rest; prints NDCG@10, "
                    + "Recall@20 and coverage for popularity, item-kNN, EASE and Marquee's model. Needs no database.",
            "The content model reads the folder's genres, and with --tmdb the genres and keywords TMDB gives "
                    + "the movies links.csv maps to it."
        })
final class RecommendationsEvaluateCommand implements Callable<Integer> {

    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "Shows this help and exits.")
    boolean help;

    @Parameters(index = "0", paramLabel = "DIR", description = "the MovieLens folder")
    Path directory;

    @Option(
            names = "--tmdb",
            paramLabel = "FILE",
            description =
                    "the TMDB 5000 movies CSV (.csv or .csv.gz) whose genres and keywords feed the content "
                            + "model, matched through DIR/links.csv")
    Path tmdb;

    private final CommandEnvironment environment;

    RecommendationsEvaluateCommand(CommandEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        if (!Files.isDirectory(directory)) {
            environment.err().println("marquee: " + directory + " is not a folder");
            return ImportRun.FAILED;
        }
        if (tmdb != null && !Files.isRegularFile(tmdb)) {
            environment.err().println("marquee: " + tmdb + " is not a file");
            return ImportRun.FAILED;
        }
        if (tmdb != null
                && !Files.isRegularFile(directory.resolve("links.csv"))
                && !Files.isRegularFile(directory.resolve("links.csv.gz"))) {
            environment.err().println("marquee: --tmdb needs links.csv in " + directory);
            return ImportRun.FAILED;
        }
        try {
            new EvaluateRecommendations(environment.out()).run(directory, tmdb);
        } catch (IllegalArgumentException | java.io.UncheckedIOException unreadable) {
            environment.err().println("marquee: " + unreadable.getMessage());
            return ImportRun.FAILED;
        }
        return 0;
    }
}

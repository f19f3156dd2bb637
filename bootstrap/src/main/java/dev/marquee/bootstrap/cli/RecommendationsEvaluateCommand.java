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
        description =
                "Evaluates the recommender offline on a MovieLens folder (ratings.csv, and movies.csv "
                        + "when present): each user's last 20% held out, settings tuned on a validation split of the rest; prints NDCG@10, "
                        + "Recall@20 and coverage for popularity, item-kNN, EASE and Marquee's model. Needs no database.")
final class RecommendationsEvaluateCommand implements Callable<Integer> {

    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "Shows this help and exits.")
    boolean help;

    @Parameters(index = "0", paramLabel = "DIR", description = "the MovieLens folder")
    Path directory;

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
        new EvaluateRecommendations(environment.out()).run(directory);
        return 0;
    }
}

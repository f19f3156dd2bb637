package dev.marquee.bootstrap.cli;

import dev.marquee.bootstrap.wiring.ModelBuildAdvice;
import dev.marquee.domain.port.in.BuildRecommendationModelUseCase;
import dev.marquee.domain.recommendation.ModelBuildReport;
import dev.marquee.domain.recommendation.ModelBuildTooLargeException;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code marquee recommendations build}: rebuilds the model from every rating in the database and
 * makes it active.
 */
@Command(
        name = "build",
        description =
                "Builds the model from every rating in the database and makes it the one served; "
                        + "safe while servers run on the same database (they keep serving the previous model until it is done).")
final class RecommendationsBuildCommand implements Callable<Integer> {

    static final int ANOTHER_BUILD_RUNNING = 3;
    static final int TOO_LARGE_FOR_THIS_HEAP = 4;

    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "Shows this help and exits.")
    boolean help;

    private final CommandEnvironment environment;

    RecommendationsBuildCommand(CommandEnvironment environment) {
        this.environment = environment;
    }

    /** The line a build prints: version, what it was built from, its size and how long it took. */
    static String describe(ModelBuildReport report) {
        return String.format(
                Locale.ROOT,
                "Recommendation model version %d: %,d ratings of %,d users on %,d movies, %,d neighbour rows, %.1f s",
                report.version(),
                report.ratings(),
                report.users(),
                report.movies(),
                report.neighbourRows(),
                report.seconds());
    }

    /** What to do about a build refused for its size: the command line that would run it. */
    static String largerHeap(ModelBuildTooLargeException refused) {
        return "run `"
                + ModelBuildAdvice.commandLine(refused)
                + "` as its own process, on a machine with that much memory";
    }

    @Override
    public Integer call() {
        try (CommandContext context = CommandContext.start(environment)) {
            Optional<ModelBuildReport> built;
            try {
                built = context.bean(BuildRecommendationModelUseCase.class).build();
            } catch (ModelBuildTooLargeException e) {
                environment.err().println("marquee: " + e.getMessage() + "; " + largerHeap(e));
                return TOO_LARGE_FOR_THIS_HEAP;
            }
            if (built.isEmpty()) {
                environment
                        .err()
                        .println(
                                "marquee: another recommendation build is running against this database; nothing done");
                return ANOTHER_BUILD_RUNNING;
            }
            environment.out().println(describe(built.get()));
            return 0;
        }
    }
}

package dev.marquee.bootstrap.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code marquee recommendations}: the recommendation model's commands; it does nothing by itself.
 */
@Command(
        name = "recommendations",
        subcommands = {RecommendationsBuildCommand.class, RecommendationsEvaluateCommand.class},
        description =
                "Builds the recommendation model that the server's recommendations are scored from, or evaluates it offline.")
final class RecommendationsCommand {

    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "Shows this help and exits.")
    boolean help;
}

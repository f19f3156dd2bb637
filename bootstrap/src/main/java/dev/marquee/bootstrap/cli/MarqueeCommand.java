package dev.marquee.bootstrap.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code marquee}: with no command it serves the API; {@code import} loads data sets, {@code
 * recommendations} builds the model.
 */
@Command(
        name = "marquee",
        subcommands = {ImportCommand.class, RecommendationsCommand.class},
        description = {
            "Serves the Marquee API (no command), or runs a command against the same configuration.",
            "Settings come from the environment: DATASOURCES_DEFAULT_URL, MARQUEE_DATA_DIR, ... (see README)."
        },
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {
            "0:done (a command), or the server stopped",
            "1:an input could not be imported, or a command failed",
            "2:unknown command or option, or a missing argument"
        })
public final class MarqueeCommand implements Callable<Integer> {

    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "Shows this help and exits.")
    boolean help;

    private final Runnable serve;

    MarqueeCommand(Runnable serve) {
        this.serve = serve;
    }

    @Override
    public Integer call() {
        serve.run();
        return MarqueeCommandLine.SERVING;
    }
}

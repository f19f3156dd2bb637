package dev.marquee.bootstrap.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code marquee import}: the data set importers; it does nothing by itself. */
@Command(
        name = "import",
        subcommands = {TmdbImportCommand.class, MovieLensImportCommand.class},
        description =
                "Loads a data set into the catalogue: safe to run again, and while the server runs on the same database.")
final class ImportCommand {

    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "Shows this help and exits.")
    boolean help;
}

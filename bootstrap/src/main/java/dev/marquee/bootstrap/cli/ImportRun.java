package dev.marquee.bootstrap.cli;

import dev.marquee.domain.imports.ImportReport;
import dev.marquee.domain.port.out.ImportProgress;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;

/**
 * How every import command runs: check the input whole before anything is written (a file that
 * cannot be imported gives one line naming it and exit code 1), then import with progress, then
 * print the summary.
 */
final class ImportRun {

    static final int FAILED = 1;

    private final CommandEnvironment environment;

    ImportRun(CommandEnvironment environment) {
        this.environment = environment;
    }

    int run(Path input, Supplier<Checked> check) {
        long started = System.nanoTime();
        try {
            Checked checked = check.get();
            environment.out().println("Importing " + input);
            try (CommandContext context = CommandContext.start(environment)) {
                ConsoleProgress progress =
                        new ConsoleProgress(
                                environment.out(),
                                environment.terminal(),
                                checked.rowsByPhase(),
                                System::nanoTime);
                ImportReport report = checked.importer().run(context, progress);
                ImportSummary.print(
                        report,
                        checked.rows(),
                        (System.nanoTime() - started) / 1e9,
                        environment.out());
                return checked.afterwards().run(context, report);
            }
        } catch (ImportFileException e) {
            environment.err().println("marquee: " + e.getMessage());
            return FAILED;
        } catch (RuntimeException e) {
            environment.err().println("marquee: import of " + input + " failed: " + rootMessage(e));
            return FAILED;
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message =
                cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return message.replaceAll("\\s+", " ").strip();
    }

    /**
     * An input that passed the check: its rows in all and per phase, and the import to run over it.
     */
    record Checked(
            long rows, Map<String, Long> rowsByPhase, Importer importer, Afterwards afterwards) {

        Checked(long rows, Map<String, Long> rowsByPhase, Importer importer) {
            this(rows, rowsByPhase, importer, (context, report) -> 0);
        }
    }

    /**
     * What runs in the same context once the import is done and summarised; gives the exit code.
     */
    @FunctionalInterface
    interface Afterwards {
        int run(CommandContext context, ImportReport report);
    }

    /** Runs the import in a started context. */
    @FunctionalInterface
    interface Importer {
        ImportReport run(CommandContext context, ImportProgress progress);
    }
}

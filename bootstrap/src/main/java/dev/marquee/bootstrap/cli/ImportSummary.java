package dev.marquee.bootstrap.cli;

import dev.marquee.domain.imports.ImportCounts;
import dev.marquee.domain.imports.ImportReport;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;

/**
 * Prints the end summary of an import: per kind created, updated, unchanged (and removed), notes,
 * skipped rows by reason.
 */
final class ImportSummary {

    private ImportSummary() {}

    static void print(ImportReport report, long rows, double seconds, PrintStream out) {
        out.printf(
                Locale.ROOT,
                "Done: %,d rows in %.1f s (%,d rows/s)%n",
                rows,
                seconds,
                seconds > 0 ? Math.round(rows / seconds) : 0);
        for (Map.Entry<String, ImportCounts> entry : report.counts().entrySet()) {
            ImportCounts counts = entry.getValue();
            out.printf(
                    Locale.ROOT,
                    "  %-12s %,d created, %,d updated, %,d unchanged%s%n",
                    entry.getKey() + ":",
                    counts.created(),
                    counts.updated(),
                    counts.unchanged(),
                    counts.removed() > 0
                            ? String.format(Locale.ROOT, ", %,d removed", counts.removed())
                            : "");
        }
        report.notes()
                .forEach(
                        (what, count) ->
                                out.printf(Locale.ROOT, "  %-12s %,d %s%n", "note:", count, what));
        out.printf(Locale.ROOT, "  %-12s %,d rows%n", "skipped:", report.skippedRows());
        report.skipped()
                .forEach(
                        (reason, count) -> out.printf(Locale.ROOT, "    %,d  %s%n", count, reason));
    }
}

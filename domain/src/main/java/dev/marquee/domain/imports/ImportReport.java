package dev.marquee.domain.imports;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** The end summary of an import: per kind of record what was created, updated, unchanged, and what was skipped why. */
public final class ImportReport {

    private final Map<String, ImportCounts> counts = new LinkedHashMap<>();
    private final Map<String, Long> skipped = new TreeMap<>();

    public ImportReport add(String kind, ImportCounts step) {
        counts.merge(kind, step, ImportCounts::plus);
        return this;
    }

    public ImportReport skip(String reason, long rows) {
        if (rows > 0) {
            skipped.merge(reason, rows, Long::sum);
        }
        return this;
    }

    public ImportCounts counts(String kind) {
        return counts.getOrDefault(kind, ImportCounts.NONE);
    }

    public Map<String, ImportCounts> counts() {
        return Collections.unmodifiableMap(counts);
    }

    /** Skipped rows per reason, reasons in alphabetical order. */
    public Map<String, Long> skipped() {
        return Collections.unmodifiableMap(skipped);
    }

    public long skippedRows() {
        return skipped.values().stream().mapToLong(Long::longValue).sum();
    }
}

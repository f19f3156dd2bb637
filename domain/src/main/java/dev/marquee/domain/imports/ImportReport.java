package dev.marquee.domain.imports;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The end summary of an import: per kind of record what was created, updated, unchanged; what was
 * skipped why; notes.
 */
public final class ImportReport {

    private final Map<String, ImportCounts> counts = new LinkedHashMap<>();
    private final Map<String, Long> skipped = new TreeMap<>();
    private final Map<String, Long> notes = new LinkedHashMap<>();

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

    /**
     * A count worth telling that is none of the above, such as how many movies joined existing
     * ones.
     */
    public ImportReport note(String what, long count) {
        notes.merge(what, count, Long::sum);
        return this;
    }

    public Map<String, Long> notes() {
        return Collections.unmodifiableMap(notes);
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

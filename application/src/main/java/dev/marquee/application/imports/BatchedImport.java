package dev.marquee.application.imports;

import dev.marquee.domain.imports.ImportReport;
import dev.marquee.domain.imports.SourceRow;
import dev.marquee.domain.port.out.ImportProgress;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Streams the rows of one file into batches of a fixed size, so memory stays bounded whatever the
 * file's size: rejected rows and repeated keys are counted as skipped, each full batch is written
 * at once.
 */
final class BatchedImport<T> {

    static final String REPEATED_KEY = "repeats an id seen earlier in the file";

    private final int batchSize;
    private final ToIntFunction<T> key;
    private final Function<List<T>, ImportReport> writer;

    BatchedImport(int batchSize, ToIntFunction<T> key, Function<List<T>, ImportReport> writer) {
        this.batchSize = batchSize;
        this.key = key;
        this.writer = writer;
    }

    /**
     * Writes every accepted row of {@code rows} into {@code report}; keys below zero are never
     * treated as repeats.
     */
    void run(
            String phase,
            Iterable<SourceRow<T>> rows,
            ImportProgress progress,
            ImportReport report) {
        progress.started(phase, -1);
        BitSet seen = new BitSet();
        List<T> batch = new ArrayList<>(batchSize);
        for (SourceRow<T> row : rows) {
            if (row.value() == null) {
                report.skip(phase + ": " + row.rejection(), 1);
            } else {
                int id = key.applyAsInt(row.value());
                if (id >= 0 && seen.get(id)) {
                    report.skip(phase + ": " + REPEATED_KEY, 1);
                } else {
                    if (id >= 0) {
                        seen.set(id);
                    }
                    batch.add(row.value());
                    if (batch.size() == batchSize) {
                        merge(report, writer.apply(batch));
                        batch = new ArrayList<>(batchSize);
                    }
                }
            }
            progress.advanced(1);
        }
        if (!batch.isEmpty()) {
            merge(report, writer.apply(batch));
        }
        progress.finished();
    }

    static void merge(ImportReport into, ImportReport step) {
        step.counts().forEach(into::add);
        step.skipped().forEach(into::skip);
        step.notes().forEach(into::note);
    }
}

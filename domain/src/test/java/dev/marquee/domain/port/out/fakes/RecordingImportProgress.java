package dev.marquee.domain.port.out.fakes;

import dev.marquee.domain.port.out.ImportProgress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** An ImportProgress that keeps what it was told: "start PHASE", then "done PHASE ROWS". */
public final class RecordingImportProgress implements ImportProgress {

    private final List<String> lines = new ArrayList<>();
    private final Map<String, Long> done = new HashMap<>();
    private String phase = "";
    private long rows;

    @Override
    public synchronized void started(String phase, long totalRows) {
        this.phase = phase;
        this.rows = 0;
        lines.add("start " + phase);
    }

    @Override
    public synchronized void advanced(long rows) {
        this.rows += rows;
    }

    @Override
    public synchronized void finished() {
        done.put(phase, rows);
        lines.add("done " + phase + " " + rows);
    }

    /** Every line recorded, oldest first. */
    public synchronized List<String> lines() {
        return List.copyOf(lines);
    }

    /** The rows of the phase when it last finished. */
    public synchronized long rowsDone(String phase) {
        return done.getOrDefault(phase, -1L);
    }
}

package dev.marquee.bootstrap.cli;

import dev.marquee.domain.port.out.ImportProgress;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Import progress on the console: on a terminal one bar per phase, redrawn in place (rows, share,
 * rate); otherwise a plain line when a phase starts, every few seconds, and when it ends, so that
 * logs stay readable.
 */
final class ConsoleProgress implements ImportProgress {

    private static final long REDRAW_NANOS = 100_000_000L;
    private static final long LINE_NANOS = 2_000_000_000L;
    private static final int BAR_WIDTH = 30;

    private final PrintStream out;
    private final boolean terminal;
    private final Map<String, Long> totals;
    private final LongSupplier clock;
    private String phase = "";
    private long total;
    private long rows;
    private long startedAt;
    private long shownAt;

    ConsoleProgress(
            PrintStream out, boolean terminal, Map<String, Long> totals, LongSupplier nanoClock) {
        this.out = out;
        this.terminal = terminal;
        this.totals = Map.copyOf(totals);
        this.clock = nanoClock;
    }

    @Override
    public void started(String phase, long totalRows) {
        this.phase = phase;
        this.total = totalRows >= 0 ? totalRows : totals.getOrDefault(phase, -1L);
        this.rows = 0;
        this.startedAt = clock.getAsLong();
        this.shownAt = startedAt;
        if (terminal) {
            draw();
        } else {
            out.printf(
                    Locale.ROOT,
                    "%s: starting (%s rows)%n",
                    phase,
                    total >= 0 ? String.format(Locale.ROOT, "%,d", total) : "?");
        }
    }

    @Override
    public void advanced(long done) {
        rows += done;
        long now = clock.getAsLong();
        if (now - shownAt >= (terminal ? REDRAW_NANOS : LINE_NANOS)) {
            shownAt = now;
            if (terminal) {
                draw();
            } else {
                out.printf(
                        Locale.ROOT,
                        "%s: %,d%s rows%s, %,d rows/s%n",
                        phase,
                        rows,
                        total > 0 ? String.format(Locale.ROOT, " of %,d", total) : "",
                        total > 0 ? String.format(Locale.ROOT, " (%d%%)", 100 * rows / total) : "",
                        rate(now));
            }
        }
    }

    @Override
    public void finished() {
        long now = clock.getAsLong();
        if (terminal) {
            draw();
            out.println();
        } else {
            out.printf(
                    Locale.ROOT,
                    "%s: %,d rows in %.1f s, %,d rows/s%n",
                    phase,
                    rows,
                    (now - startedAt) / 1e9,
                    rate(now));
        }
    }

    private void draw() {
        long now = clock.getAsLong();
        int filled = total > 0 ? (int) Math.min(BAR_WIDTH, BAR_WIDTH * rows / total) : 0;
        String bar = "#".repeat(filled) + "-".repeat(BAR_WIDTH - filled);
        out.printf(
                Locale.ROOT,
                "\r%-8s [%s] %3d%%  %,d/%,d rows  %,d rows/s ",
                phase,
                bar,
                total > 0 ? 100 * rows / total : 0,
                rows,
                Math.max(total, rows),
                rate(now));
        out.flush();
    }

    private long rate(long now) {
        double seconds = (now - startedAt) / 1e9;
        return seconds <= 0 ? 0 : Math.round(rows / seconds);
    }
}

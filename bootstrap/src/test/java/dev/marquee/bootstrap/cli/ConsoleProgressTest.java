package dev.marquee.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ConsoleProgressTest {

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final AtomicLong nanos = new AtomicLong();

    @Test
    void onATerminalRedrawsOneBarInPlaceWithRowsShareAndRate() {
        ConsoleProgress progress = progress(true);

        progress.started("ratings", -1);
        nanos.addAndGet(1_000_000_000L);
        progress.advanced(500);
        progress.finished();

        String output = output();
        assertThat(output)
                .startsWith("\rratings  [------------------------------]   0%  0/1,000 rows");
        assertThat(output)
                .contains(
                        "\rratings  [###############---------------]  50%  500/1,000 rows  500 rows/s");
        assertThat(output).endsWith(System.lineSeparator()).doesNotContain("starting");
    }

    @Test
    void elsewherePrintsPlainLinesAtTheStartEveryTwoSecondsAndAtTheEnd() {
        ConsoleProgress progress = progress(false);

        progress.started("ratings", -1);
        nanos.addAndGet(1_000_000_000L);
        progress.advanced(100);
        nanos.addAndGet(1_000_000_000L);
        progress.advanced(300);
        nanos.addAndGet(500_000_000L);
        progress.advanced(100);
        progress.finished();

        assertThat(output().lines())
                .containsExactly(
                        "ratings: starting (1,000 rows)",
                        "ratings: 400 of 1,000 rows (40%), 200 rows/s",
                        "ratings: 500 rows in 2.5 s, 200 rows/s");
    }

    private ConsoleProgress progress(boolean terminal) {
        return new ConsoleProgress(
                new PrintStream(printed, true, StandardCharsets.UTF_8),
                terminal,
                Map.of("ratings", 1_000L),
                nanos::get);
    }

    private String output() {
        return printed.toString(StandardCharsets.UTF_8);
    }
}

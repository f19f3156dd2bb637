package dev.marquee.bootstrap.cli;

import dev.marquee.domain.port.out.ImportProgress;
import dev.marquee.domain.port.out.ImportProgressContract;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The ImportProgress contract on the console, as it prints when not on a terminal. */
class ConsoleProgressContractTest extends ImportProgressContract {

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final AtomicLong nanos = new AtomicLong();
    private final ConsoleProgress progress =
            new ConsoleProgress(
                    new PrintStream(printed, true, StandardCharsets.UTF_8),
                    false,
                    Map.of(),
                    () -> nanos.addAndGet(1_000_000L));

    @Override
    protected ImportProgress progress() {
        return progress;
    }

    @Override
    protected long rowsReportedDone(String phase) {
        Matcher done =
                Pattern.compile("(?m)^" + Pattern.quote(phase) + ": ([0-9,]+) rows in ")
                        .matcher(printed.toString(StandardCharsets.UTF_8));
        long rows = -1;
        while (done.find()) {
            rows = Long.parseLong(done.group(1).replace(",", ""));
        }
        return rows;
    }
}

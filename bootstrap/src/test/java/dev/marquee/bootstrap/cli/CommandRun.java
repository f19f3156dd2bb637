package dev.marquee.bootstrap.cli;

import dev.marquee.bootstrap.infrastructure.RuntimeSettings;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/** One run of the command line inside the test JVM: its exit code and what it printed. */
record CommandRun(int exitCode, String out, String err) {

    static CommandRun of(ImportDatabase database, Path dataDirectory, String... args) {
        RuntimeSettings settings =
                new RuntimeSettings(
                        Optional.ofNullable(database).map(ImportDatabase::url),
                        Optional.empty(),
                        dataDirectory,
                        Optional.empty());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode =
                MarqueeCommandLine.execute(
                        args,
                        new CommandEnvironment(
                                settings,
                                new PrintStream(out, true, StandardCharsets.UTF_8),
                                new PrintStream(err, true, StandardCharsets.UTF_8),
                                false),
                        () -> {
                            throw new AssertionError("a command must not start the server");
                        });
        return new CommandRun(
                exitCode,
                out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8));
    }
}

package dev.marquee.bootstrap.cli;

import dev.marquee.bootstrap.infrastructure.RuntimeSettings;
import java.io.PrintStream;

/**
 * What a command runs with: the same settings as the server, where to print, and whether that is a
 * terminal.
 */
public record CommandEnvironment(
        RuntimeSettings settings, PrintStream out, PrintStream err, boolean terminal) {

    public static CommandEnvironment ofProcess() {
        return new CommandEnvironment(
                RuntimeSettings.fromEnvironment(),
                System.out,
                System.err,
                System.console() != null);
    }
}

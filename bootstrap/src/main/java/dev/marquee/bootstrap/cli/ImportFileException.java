package dev.marquee.bootstrap.cli;

import java.nio.file.Path;

/**
 * An import file that cannot be imported at all (missing, unreadable, empty, malformed); the
 * message names it.
 */
final class ImportFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ImportFileException(Path file, String problem) {
        super(file + ": " + problem);
    }
}

package dev.marquee.adapters.web.file;

import java.time.Duration;

/**
 * An upload whose body did not arrive in time; the request ends with 408 and the connection is
 * closed.
 */
public final class UploadTimeoutException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UploadTimeoutException(Duration timeout) {
        super("The upload did not arrive within " + timeout.toSeconds() + " s", null, false, false);
    }
}

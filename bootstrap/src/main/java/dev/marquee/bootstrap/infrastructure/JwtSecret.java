package dev.marquee.bootstrap.infrastructure;

import java.nio.file.Path;

/**
 * The HS256 signing secret: given through JWT_SECRET, or generated once and kept in the data
 * directory.
 */
final class JwtSecret {

    static final int MIN_LENGTH = 32;
    private static final String FILE_NAME = "jwt-secret";

    private JwtSecret() {}

    static String given(String secret) {
        if (secret.length() < MIN_LENGTH) {
            throw new IllegalStateException(
                    "JWT_SECRET must be at least "
                            + MIN_LENGTH
                            + " characters (256 bits for HS256)");
        }
        return secret;
    }

    static String keptIn(Path dataDirectory) {
        return given(SecretFile.keptIn(dataDirectory, FILE_NAME));
    }
}

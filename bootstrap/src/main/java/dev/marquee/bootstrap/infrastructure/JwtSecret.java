package dev.marquee.bootstrap.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/** The HS256 signing secret: given through JWT_SECRET, or generated once and kept in the data directory. */
final class JwtSecret {

    static final int MIN_LENGTH = 32;
    private static final String FILE_NAME = "jwt-secret";

    private JwtSecret() {
    }

    static String given(String secret) {
        if (secret.length() < MIN_LENGTH) {
            throw new IllegalStateException("JWT_SECRET must be at least " + MIN_LENGTH + " characters (256 bits for HS256)");
        }
        return secret;
    }

    static String keptIn(Path dataDirectory) {
        Path file = dataDirectory.resolve(FILE_NAME);
        try {
            if (Files.exists(file)) {
                return given(Files.readString(file, StandardCharsets.UTF_8).strip());
            }
            byte[] bytes = new byte[48];
            new SecureRandom().nextBytes(bytes);
            String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            Files.createDirectories(dataDirectory);
            Files.writeString(file, secret, StandardCharsets.UTF_8);
            restrictToOwner(file);
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or create " + file, e);
        }
    }

    private static void restrictToOwner(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }
}

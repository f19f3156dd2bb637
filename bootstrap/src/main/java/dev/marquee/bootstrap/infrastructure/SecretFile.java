package dev.marquee.bootstrap.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A random secret generated once into a file of the data directory that only its owner may read
 * (mode 0600).
 */
final class SecretFile {

    private static final int RANDOM_BYTES = 48;

    private SecretFile() {}

    /**
     * The secret kept in {@code dataDirectory/name}, generated now when the file does not exist
     * yet.
     */
    static String keptIn(Path dataDirectory, String name) {
        Path file = dataDirectory.resolve(name);
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            }
            byte[] bytes = new byte[RANDOM_BYTES];
            new SecureRandom().nextBytes(bytes);
            String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            Files.createDirectories(dataDirectory);
            Path draft = Files.createTempFile(dataDirectory, name, ".new");
            restrictToOwner(draft);
            Files.writeString(draft, secret, StandardCharsets.UTF_8);
            Files.move(draft, file, StandardCopyOption.ATOMIC_MOVE);
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

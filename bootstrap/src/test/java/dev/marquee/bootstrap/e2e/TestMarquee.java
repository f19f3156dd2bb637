package dev.marquee.bootstrap.e2e;

import dev.marquee.bootstrap.Marquee;
import dev.marquee.bootstrap.Marquee.RunningMarquee;
import dev.marquee.bootstrap.infrastructure.RuntimeSettings;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Starts Marquee for the end-to-end tests exactly as {@code main} does: on embedded PostgreSQL and S3 in a
 * fresh data directory, on a free port. One instance serves every test class of the JVM.
 */
public final class TestMarquee {

    public static final String ADMIN_USERNAME = "e2e-admin";
    public static final String ADMIN_PASSWORD = "e2e-admin-password";

    private static RunningMarquee shared;

    private TestMarquee() {
    }

    public static synchronized RunningMarquee shared() {
        if (shared == null) {
            shared = start(freshDataDirectory());
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
        }
        return shared;
    }

    /** Starts another instance over the given data directory (for restart tests); the caller closes it. */
    public static RunningMarquee start(Path dataDirectory) {
        RuntimeSettings settings = new RuntimeSettings(Optional.empty(), Optional.empty(), dataDirectory, Optional.empty());
        Map<String, Object> properties = new HashMap<>();
        properties.put("micronaut.server.port", -1);
        properties.put("marquee.admin.username", ADMIN_USERNAME);
        properties.put("marquee.admin.password", ADMIN_PASSWORD);
        // The lowest bcrypt cost keeps the suite fast; production uses the configured cost (see application.yml).
        properties.put("marquee.security.bcrypt-cost", 4);
        return Marquee.start(settings, properties);
    }

    public static String baseUrl(RunningMarquee running) {
        return running.context().getBean(EmbeddedServer.class).getURL().toString();
    }

    public static Path freshDataDirectory() {
        try {
            return Files.createTempDirectory("marquee-e2e");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

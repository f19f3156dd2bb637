package dev.marquee.bootstrap.e2e;

import dev.marquee.bootstrap.Marquee;
import dev.marquee.bootstrap.Marquee.RunningMarquee;
import dev.marquee.bootstrap.infrastructure.EmbeddedS3Server;
import dev.marquee.bootstrap.infrastructure.RuntimeSettings;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Starts Marquee for the end-to-end tests exactly as {@code main} does: on embedded PostgreSQL and
 * S3 in a fresh data directory, on a free port. One instance serves every test class of the JVM.
 */
public final class TestMarquee {

    public static final String ADMIN_USERNAME = "e2e-admin";
    public static final String ADMIN_PASSWORD = "e2e-admin-password";
    public static final String TRUSTED_ORIGIN = "https://app.marquee.example";
    public static final int MAX_FILE_SIZE = 256 * 1024;
    public static final int UPLOAD_TIMEOUT_SECONDS = 3;
    public static final String METRICS_SCRAPE_TOKEN =
            "e2e-metrics-scrape-token-of-32-characters-or-more";

    private static RunningMarquee shared;

    /** Every data directory made here, deleted when the JVM ends (after the shared instance). */
    private static final List<Path> DATA_DIRECTORIES = new ArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TestMarquee::closeAndCleanUp));
    }

    private TestMarquee() {}

    public static synchronized RunningMarquee shared() {
        if (shared == null) {
            shared = start(freshDataDirectory());
        }
        return shared;
    }

    /**
     * One hook for both, in this order: hooks run concurrently, and the shared instance's
     * PostgreSQL must stop before its directory goes. Each run left ~50 MB per directory in /tmp
     * before (tens of GB on a machine that ran the suite often).
     */
    private static synchronized void closeAndCleanUp() {
        if (shared != null) {
            shared.close();
        }
        DATA_DIRECTORIES.forEach(TestMarquee::deleteQuietly);
    }

    private static void deleteQuietly(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a directory a test already removed, or a file still held: what is left is in /tmp
        }
    }

    /**
     * Starts another instance over the given data directory (for restart tests); the caller closes
     * it.
     */
    public static RunningMarquee start(Path dataDirectory) {
        return start(dataDirectory, Map.of());
    }

    /**
     * Starts another instance with embedded servers over the given data directory, with some
     * properties overridden.
     */
    public static RunningMarquee start(Path dataDirectory, Map<String, Object> overrides) {
        return start(
                new RuntimeSettings(
                        Optional.empty(), Optional.empty(), dataDirectory, Optional.empty()),
                Map.of(),
                overrides);
    }

    /**
     * Starts a second instance configured with the servers of a running one, as a scaled-out
     * deployment would be: the same PostgreSQL, the same object store and the same signing secret,
     * nothing embedded.
     */
    public static RunningMarquee startAlongside(
            RunningMarquee first, Map<String, Object> overrides) {
        Map<String, Object> servers = first.infrastructure().properties();
        RuntimeSettings settings =
                new RuntimeSettings(
                        Optional.of((String) servers.get("datasources.default.url")),
                        Optional.of((String) servers.get("minio.endpoint")),
                        freshDataDirectory(),
                        Optional.of(
                                (String)
                                        servers.get(
                                                "micronaut.security.token.jwt.signatures.secret.generator.secret")));
        Map<String, Object> credentials = new HashMap<>();
        for (String key :
                new String[] {
                    "datasources.default.username",
                    "datasources.default.password",
                    "minio.access-key",
                    "minio.secret-key"
                }) {
            credentials.put(key, servers.get(key));
        }
        return start(settings, credentials, overrides);
    }

    /**
     * Starts an instance with an embedded database but this (test-controlled) object store, as if
     * it were external.
     */
    public static RunningMarquee startWithObjectStore(
            EmbeddedS3Server objectStore, Map<String, Object> overrides) {
        Map<String, Object> store = objectStore.connectionProperties();
        RuntimeSettings settings =
                new RuntimeSettings(
                        Optional.empty(),
                        Optional.of((String) store.get("minio.endpoint")),
                        freshDataDirectory(),
                        Optional.empty());
        return start(settings, store, overrides);
    }

    private static RunningMarquee start(
            RuntimeSettings settings,
            Map<String, Object> connection,
            Map<String, Object> overrides) {
        Map<String, Object> properties = new HashMap<>(connection);
        properties.put("micronaut.server.port", -1);
        properties.put("marquee.admin.username", ADMIN_USERNAME);
        properties.put("marquee.admin.password", ADMIN_PASSWORD);
        // The lowest bcrypt cost keeps the suite fast; production uses the configured cost (see
        // application.yml).
        properties.put("marquee.security.bcrypt-cost", 4);
        // The suite creates many accounts from one address; RateLimitTest runs its own instances
        // with limits on.
        properties.put("marquee.rate-limits.enabled", false);
        properties.put("marquee.recommendations.rebuild-enabled", false);
        properties.put("marquee.cors.allowed-origins", TRUSTED_ORIGIN);
        // Small enough to test the limit without 10 MB bodies; the default (10MB) is in
        // application.yml.
        properties.put("marquee.files.max-size", MAX_FILE_SIZE);
        properties.put("marquee.files.upload-timeout", UPLOAD_TIMEOUT_SECONDS + "s");
        properties.put("marquee.metrics.scrape-token", METRICS_SCRAPE_TOKEN);
        properties.putAll(overrides);
        return Marquee.start(settings, properties);
    }

    public static String baseUrl(RunningMarquee running) {
        return running.context().getBean(EmbeddedServer.class).getURL().toString();
    }

    /** A new empty data directory, deleted when the JVM ends. */
    public static synchronized Path freshDataDirectory() {
        try {
            Path directory = Files.createTempDirectory("marquee-e2e");
            DATA_DIRECTORIES.add(directory);
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package dev.marquee.bootstrap.infrastructure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The servers the application talks to. Configured ones are used as they are; for each one that is
 * not configured, a real embedded server is started with its data under the data directory. Either
 * way the application sees ordinary connection properties: there is one code path.
 */
public final class Infrastructure implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Infrastructure.class);

    private final Map<String, Object> properties;
    private final List<AutoCloseable> embeddedServers;
    private final String databaseDescription;

    private Infrastructure(Map<String, Object> properties, List<AutoCloseable> embeddedServers) {
        this(
                properties,
                embeddedServers,
                "the database at "
                        + String.valueOf(properties.get("datasources.default.url"))
                                .replaceAll("\\?.*", ""));
    }

    private Infrastructure(
            Map<String, Object> properties,
            List<AutoCloseable> embeddedServers,
            String databaseDescription) {
        this.properties = Map.copyOf(properties);
        this.embeddedServers = List.copyOf(embeddedServers);
        this.databaseDescription = databaseDescription;
    }

    /**
     * Which database this is, in words, for a command's first line of output (never with
     * credentials).
     */
    public String databaseDescription() {
        return databaseDescription;
    }

    /**
     * Starts what is not configured; the embedded S3 server starts on a thread of its own while the
     * embedded PostgreSQL starts, since neither needs the other (it shortens every start-up).
     */
    public static Infrastructure start(RuntimeSettings settings) {
        Map<String, Object> properties = new HashMap<>();
        List<AutoCloseable> started = new ArrayList<>();
        CompletableFuture<EmbeddedS3Server> s3 = null;
        try {
            settings.databaseUrl().ifPresent(url -> properties.put("datasources.default.url", url));
            settings.objectStoreEndpoint()
                    .ifPresent(endpoint -> properties.put("minio.endpoint", endpoint));
            if (settings.objectStoreEndpoint().isEmpty()) {
                LOG.info(
                        "No MINIO_ENDPOINT: starting the embedded S3 server in {}",
                        settings.dataDirectory().resolve("objects"));
                s3 =
                        CompletableFuture.supplyAsync(
                                () ->
                                        EmbeddedS3Server.start(
                                                settings.dataDirectory().resolve("objects"), 0),
                                runnable -> new Thread(runnable, "embedded-s3-start").start());
            }
            if (settings.databaseUrl().isEmpty()) {
                LOG.info(
                        "No DATASOURCES_DEFAULT_URL: starting the embedded PostgreSQL in {}",
                        settings.dataDirectory().resolve("postgres"));
                EmbeddedPostgresServer postgres =
                        EmbeddedPostgresServer.start(
                                settings.dataDirectory().resolve("postgres"),
                                settings.dataDirectory());
                started.add(postgres);
                properties.putAll(postgres.connectionProperties());
            }
            if (s3 != null) {
                CompletableFuture<EmbeddedS3Server> starting = s3;
                s3 = null;
                EmbeddedS3Server objects = join(starting);
                started.add(objects);
                properties.putAll(objects.connectionProperties());
            }
            properties.put(
                    "micronaut.security.token.jwt.signatures.secret.generator.secret",
                    jwtSecret(settings));
            return new Infrastructure(properties, started);
        } catch (RuntimeException e) {
            if (s3 != null) {
                try {
                    started.add(join(s3));
                } catch (RuntimeException alsoFailed) {
                    e.addSuppressed(alsoFailed);
                }
            }
            new Infrastructure(Map.of(), started).close();
            throw e;
        }
    }

    private static <T> T join(CompletableFuture<T> starting) {
        try {
            return starting.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause
                    ? cause
                    : new IllegalStateException(e.getCause());
        }
    }

    /**
     * Only the database, for a command line run: the configured one, or the embedded one of the
     * data directory, which is attached to when a running Marquee already serves it and started
     * (then stopped again) otherwise.
     */
    public static Infrastructure startDatabase(RuntimeSettings settings) {
        if (settings.databaseUrl().isPresent()) {
            return new Infrastructure(
                    Map.of("datasources.default.url", settings.databaseUrl().get()), List.of());
        }
        EmbeddedPostgresServer postgres =
                EmbeddedPostgresServer.attachOrStart(
                        settings.dataDirectory().resolve("postgres"), settings.dataDirectory());
        String where =
                postgres.attached()
                        ? "the running Marquee's embedded PostgreSQL"
                        : "the embedded PostgreSQL";
        return new Infrastructure(
                postgres.connectionProperties(),
                List.of(postgres),
                where
                        + " in "
                        + settings.dataDirectory().resolve("postgres")
                        + " (port "
                        + postgres.port()
                        + ")");
    }

    private static String jwtSecret(RuntimeSettings settings) {
        if (settings.jwtSecret().isPresent()) {
            return JwtSecret.given(settings.jwtSecret().get());
        }
        if (settings.databaseUrl().isPresent()) {
            throw new IllegalStateException(
                    "JWT_SECRET must be set when the database is external, so that every instance signs alike");
        }
        return JwtSecret.keptIn(settings.dataDirectory());
    }

    /**
     * The connection properties of the embedded servers and the signing secret, for the application
     * context.
     */
    public Map<String, Object> properties() {
        return properties;
    }

    @Override
    public void close() {
        List<AutoCloseable> lastStartedFirst = new ArrayList<>(embeddedServers);
        Collections.reverse(lastStartedFirst);
        for (AutoCloseable server : lastStartedFirst) {
            try {
                server.close();
            } catch (Exception e) {
                LOG.warn(
                        "Could not stop {} cleanly: {}",
                        server.getClass().getSimpleName(),
                        e.getMessage());
            }
        }
    }
}

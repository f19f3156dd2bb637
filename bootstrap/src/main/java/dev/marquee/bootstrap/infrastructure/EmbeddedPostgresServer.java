package dev.marquee.bootstrap.infrastructure;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

/** A real PostgreSQL server from the binaries on the class path, its cluster kept in a directory across runs. */
final class EmbeddedPostgresServer implements AutoCloseable {

    private static final String DATABASE = "postgres";
    private static final String USER = "postgres";

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static EmbeddedPostgresServer start(Path clusterDirectory) {
        try {
            return new EmbeddedPostgresServer(EmbeddedPostgres.builder()
                    .setDataDirectory(clusterDirectory)
                    .setCleanDataDirectory(false)
                    // Stopped by Marquee after the application, never by a hook of its own racing the application's shutdown.
                    .setRegisterShutdownHook(false)
                    .setServerConfig("max_connections", "200")
                    .setLocaleConfig("encoding", "UTF8")
                    .start());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + clusterDirectory, e);
        }
    }

    Map<String, Object> connectionProperties() {
        return Map.of(
                "datasources.default.url", postgres.getJdbcUrl(USER, DATABASE),
                "datasources.default.username", USER,
                "datasources.default.password", "");
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}

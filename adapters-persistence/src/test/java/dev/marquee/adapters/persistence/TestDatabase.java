package dev.marquee.adapters.persistence;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.testcontainers.containers.PostgreSQLContainer;

/**
 * One real PostgreSQL per test JVM: embedded by default, a Testcontainers one with
 * -Dtest.containers=true (needs a Docker engine). Test classes share it and isolate themselves by
 * data. pg_stat_statements is loaded so that tests can count the statements the server really
 * executed.
 */
public final class TestDatabase {

    private static Map<String, String> connection;

    private TestDatabase() {}

    /** Datasource and Flyway properties for a Micronaut context over the shared database. */
    public static synchronized Map<String, String> properties() {
        if (connection == null) {
            connection = Boolean.getBoolean("test.containers") ? startContainer() : startEmbedded();
        }
        return Map.of(
                "datasources.default.url",
                connection.get("url"),
                "datasources.default.username",
                connection.get("username"),
                "datasources.default.password",
                connection.get("password"),
                "datasources.default.driver-class-name",
                "org.postgresql.Driver",
                "datasources.default.dialect",
                "POSTGRES",
                "flyway.datasources.default.enabled",
                "true");
    }

    private static Map<String, String> startEmbedded() {
        try {
            EmbeddedPostgres postgres =
                    EmbeddedPostgres.builder()
                            .setServerConfig("shared_preload_libraries", "pg_stat_statements")
                            .start();
            return Map.of(
                    "url",
                    postgres.getJdbcUrl("postgres", "postgres"),
                    "username",
                    "postgres",
                    "password",
                    "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("resource")
    private static Map<String, String> startContainer() {
        PostgreSQLContainer<?> postgres =
                new PostgreSQLContainer<>("postgres:17")
                        .withCommand(
                                "postgres", "-c", "shared_preload_libraries=pg_stat_statements");
        postgres.start();
        return Map.of(
                "url",
                postgres.getJdbcUrl(),
                "username",
                postgres.getUsername(),
                "password",
                postgres.getPassword());
    }
}

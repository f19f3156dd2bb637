package dev.marquee.bootstrap.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InfrastructureTest {

    private static final String SECRET_PROPERTY =
            "micronaut.security.token.jwt.signatures.secret.generator.secret";
    private static final String SECRET = "a-secret-of-at-least-thirty-two-characters";

    @TempDir Path dataDirectory;

    @Test
    void configuredServersAreUsedAndNothingIsEmbedded() {
        RuntimeSettings configured =
                new RuntimeSettings(
                        Optional.of("jdbc:postgresql://db.example:5432/marquee"),
                        Optional.of("http://minio.example:9000"),
                        dataDirectory,
                        Optional.of(SECRET));

        try (Infrastructure infrastructure = Infrastructure.start(configured)) {
            assertThat(infrastructure.properties())
                    .containsOnlyKeys(SECRET_PROPERTY, "datasources.default.url", "minio.endpoint")
                    .containsEntry(SECRET_PROPERTY, SECRET)
                    .containsEntry(
                            "datasources.default.url", "jdbc:postgresql://db.example:5432/marquee")
                    .containsEntry("minio.endpoint", "http://minio.example:9000");
        }
        assertThat(dataDirectory).isEmptyDirectory();
    }

    @Test
    void anExternalDatabaseNeedsAnExplicitSigningSecret() {
        RuntimeSettings withoutSecret =
                new RuntimeSettings(
                        Optional.of("jdbc:postgresql://db.example:5432/marquee"),
                        Optional.of("http://minio.example:9000"),
                        dataDirectory,
                        Optional.empty());

        assertThatThrownBy(() -> Infrastructure.start(withoutSecret))
                .hasMessageContaining("JWT_SECRET");
    }

    @Test
    void aShortSigningSecretIsRefused() {
        RuntimeSettings weak =
                new RuntimeSettings(
                        Optional.of("jdbc:postgresql://db.example:5432/marquee"),
                        Optional.of("http://minio.example:9000"),
                        dataDirectory,
                        Optional.of("short"));

        assertThatThrownBy(() -> Infrastructure.start(weak)).hasMessageContaining("32");
    }

    @Test
    void anUnconfiguredObjectStoreIsEmbeddedUnderTheDataDirectory() throws Exception {
        RuntimeSettings onlyDatabase =
                new RuntimeSettings(
                        Optional.of("jdbc:postgresql://db.example:5432/marquee"),
                        Optional.empty(),
                        dataDirectory,
                        Optional.of(SECRET));

        try (Infrastructure infrastructure = Infrastructure.start(onlyDatabase)) {
            assertThat(infrastructure.properties())
                    .containsKeys("minio.endpoint", "minio.access-key", "minio.secret-key")
                    .containsEntry(
                            "datasources.default.url", "jdbc:postgresql://db.example:5432/marquee")
                    .doesNotContainKey("datasources.default.username");
            assertThat(Files.isDirectory(dataDirectory.resolve("objects"))).isTrue();
        }
    }

    @Test
    void theGeneratedSecretIsKeptAndReused() {
        String first = JwtSecret.keptIn(dataDirectory);

        assertThat(JwtSecret.keptIn(dataDirectory))
                .isEqualTo(first)
                .hasSizeGreaterThanOrEqualTo(JwtSecret.MIN_LENGTH);
    }

    @Test
    void readsSettingsFromEnvironmentVariablesWithSystemPropertiesWinning() {
        Properties systemProperties = new Properties();
        systemProperties.setProperty("marquee.data-dir", "/var/lib/marquee");
        RuntimeSettings settings =
                RuntimeSettings.from(
                        Map.of(
                                "DATASOURCES_DEFAULT_URL", "jdbc:postgresql://db/marquee",
                                "MINIO_ENDPOINT", "  ",
                                "MARQUEE_DATA_DIR", "/ignored",
                                "JWT_SECRET", SECRET),
                        systemProperties);

        assertThat(settings.databaseUrl()).hasValue("jdbc:postgresql://db/marquee");
        assertThat(settings.objectStoreEndpoint()).isEmpty();
        assertThat(settings.dataDirectory()).isEqualTo(Path.of("/var/lib/marquee"));
        assertThat(settings.jwtSecret()).hasValue(SECRET);
    }

    @Test
    void theDataDirectoryDefaultsToDataInTheWorkingDirectory() {
        assertThat(RuntimeSettings.from(Map.of(), new Properties()).dataDirectory())
                .isEqualTo(Path.of("data"));
    }
}

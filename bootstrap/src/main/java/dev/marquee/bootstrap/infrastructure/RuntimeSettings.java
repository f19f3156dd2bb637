package dev.marquee.bootstrap.infrastructure;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * What the process was told about its infrastructure, from environment variables (or the equivalent
 * system properties): which servers are configured, where embedded ones keep their data, the JWT
 * secret.
 */
public record RuntimeSettings(
        Optional<String> databaseUrl,
        Optional<String> objectStoreEndpoint,
        Path dataDirectory,
        Optional<String> jwtSecret) {

    public static RuntimeSettings fromEnvironment() {
        return from(System.getenv(), System.getProperties());
    }

    static RuntimeSettings from(Map<String, String> environment, Properties systemProperties) {
        return new RuntimeSettings(
                setting(
                        environment,
                        systemProperties,
                        "DATASOURCES_DEFAULT_URL",
                        "datasources.default.url"),
                setting(environment, systemProperties, "MINIO_ENDPOINT", "minio.endpoint"),
                Path.of(
                        setting(
                                        environment,
                                        systemProperties,
                                        "MARQUEE_DATA_DIR",
                                        "marquee.data-dir")
                                .orElse("data")),
                setting(environment, systemProperties, "JWT_SECRET", "jwt.secret"));
    }

    public RuntimeSettings withDataDirectory(Path directory) {
        return new RuntimeSettings(databaseUrl, objectStoreEndpoint, directory, jwtSecret);
    }

    private static Optional<String> setting(
            Map<String, String> environment,
            Properties systemProperties,
            String variable,
            String property) {
        String value = systemProperties.getProperty(property, environment.get(variable));
        return Optional.ofNullable(value).filter(text -> !text.isBlank());
    }
}

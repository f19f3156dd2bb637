package dev.marquee.bootstrap.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresServerTest {

    @TempDir Path dataDirectory;

    @Test
    void aConnectionWithoutThePasswordOrWithAWrongOneIsRefused() throws Exception {
        try (EmbeddedPostgresServer server =
                EmbeddedPostgresServer.start(cluster(), dataDirectory)) {
            assertThatThrownBy(() -> connect(server, ""))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("password");
            assertThatThrownBy(() -> connect(server, "not-the-password"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("password authentication failed");
            try (Connection connection = connect(server, password())) {
                assertThat(one(connection, "show listen_addresses")).isEqualTo("127.0.0.1");
                assertThat(
                                one(
                                        connection,
                                        "select count(*) from pg_hba_file_rules where auth_method <> 'scram-sha-256'"))
                        .isEqualTo("0");
            }
        }
    }

    @Test
    void thePasswordIsGeneratedOnceAndOnlyItsOwnerMayReadIt() throws Exception {
        try (EmbeddedPostgresServer server =
                EmbeddedPostgresServer.start(cluster(), dataDirectory)) {
            Path file = dataDirectory.resolve("postgres-password");
            assertThat(Files.getPosixFilePermissions(file))
                    .isEqualTo(PosixFilePermissions.fromString("rw-------"));
            assertThat(password()).hasSizeGreaterThanOrEqualTo(32);
        }
        String first = password();
        try (EmbeddedPostgresServer again = EmbeddedPostgresServer.start(cluster(), dataDirectory);
                Connection connection = connect(again, first)) {
            assertThat(one(connection, "select 1")).isEqualTo("1");
        }
    }

    @Test
    void aClusterThatTrustedEveryoneRequiresThePasswordAfterItsNextStart() throws Exception {
        try (EmbeddedPostgres legacy =
                        EmbeddedPostgres.builder()
                                .setDataDirectory(cluster())
                                .setCleanDataDirectory(false)
                                .start();
                Connection connection = legacy.getPostgresDatabase().getConnection()) {
            assertThat(one(connection, "select 1")).isEqualTo("1");
        }
        try (EmbeddedPostgresServer server =
                EmbeddedPostgresServer.start(cluster(), dataDirectory)) {
            assertThatThrownBy(() -> connect(server, "")).isInstanceOf(SQLException.class);
            try (Connection connection = connect(server, password())) {
                assertThat(one(connection, "select 1")).isEqualTo("1");
            }
        }
    }

    @Test
    void aCommandAttachesToTheClusterARunningMarqueeServesAndLeavesItRunning() throws Exception {
        try (EmbeddedPostgresServer serving =
                EmbeddedPostgresServer.start(cluster(), dataDirectory)) {
            try (EmbeddedPostgresServer attached =
                    EmbeddedPostgresServer.attachOrStart(cluster(), dataDirectory)) {
                assertThat(attached.attached()).isTrue();
                assertThat(attached.port()).isEqualTo(serving.port());
            }
            try (Connection connection = connect(serving, password())) {
                assertThat(one(connection, "select 1")).isEqualTo("1");
            }
        }
    }

    @Test
    void aSecondServerOnTheSameClusterIsRefusedWithAMessageSayingWhy() throws Exception {
        try (EmbeddedPostgresServer serving =
                EmbeddedPostgresServer.start(cluster(), dataDirectory)) {
            assertThatThrownBy(() -> EmbeddedPostgresServer.start(cluster(), dataDirectory))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("already in use by another Marquee");
        }
    }

    private Path cluster() {
        return dataDirectory.resolve("postgres");
    }

    private String password() throws Exception {
        return Files.readString(dataDirectory.resolve("postgres-password")).strip();
    }

    private static Connection connect(EmbeddedPostgresServer server, String password)
            throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl(), EmbeddedPostgresServer.USER, password);
    }

    private static String one(Connection connection, String query) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(query)) {
            result.next();
            return result.getString(1);
        }
    }
}

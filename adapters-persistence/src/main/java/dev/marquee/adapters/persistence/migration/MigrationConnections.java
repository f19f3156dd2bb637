package dev.marquee.adapters.persistence.migration;

import io.micronaut.flyway.FlywayConfigurationCustomizer;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Migrations run on the pool's connections without the pool's socket timeout. The pool's 15 s
 * timeout makes a request fail fast on a stalled database; a migration that builds an index over a
 * million movies rightly waits minutes for its answer (V8 takes nearly 5 minutes at 1M), and under
 * that timeout the server could not start on such a database at all. Each migration connection's
 * network timeout is lifted when Flyway takes it; the pool puts its own back when the connection
 * returns. (The statement timeout is lifted by each long migration itself, with {@code set local}.)
 */
@Singleton
@Named("default")
public class MigrationConnections implements FlywayConfigurationCustomizer {

    @Override
    public void customizeFluentConfiguration(FluentConfiguration configuration) {
        DataSource pool = configuration.getDataSource();
        if (pool != null) {
            configuration.dataSource(new WithoutNetworkTimeout(pool));
        }
    }

    @Override
    public String getName() {
        return "default";
    }

    /** The pool's connections, each with no network timeout while Flyway holds it. */
    static final class WithoutNetworkTimeout implements DataSource {

        private final DataSource pool;

        WithoutNetworkTimeout(DataSource pool) {
            this.pool = pool;
        }

        @Override
        public Connection getConnection() throws SQLException {
            return withoutNetworkTimeout(pool.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return withoutNetworkTimeout(pool.getConnection(username, password));
        }

        private static Connection withoutNetworkTimeout(Connection connection) throws SQLException {
            try {
                connection.setNetworkTimeout(Runnable::run, 0);
                return connection;
            } catch (SQLException | RuntimeException e) {
                connection.close();
                throw e;
            }
        }

        @Override
        public PrintWriter getLogWriter() throws SQLException {
            return pool.getLogWriter();
        }

        @Override
        public void setLogWriter(PrintWriter out) throws SQLException {
            pool.setLogWriter(out);
        }

        @Override
        public void setLoginTimeout(int seconds) throws SQLException {
            pool.setLoginTimeout(seconds);
        }

        @Override
        public int getLoginTimeout() throws SQLException {
            return pool.getLoginTimeout();
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            return pool.getParentLogger();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            return type.isInstance(this) ? type.cast(this) : pool.unwrap(type);
        }

        @Override
        public boolean isWrapperFor(Class<?> type) throws SQLException {
            return type.isInstance(this) || pool.isWrapperFor(type);
        }
    }
}

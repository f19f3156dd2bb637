package dev.marquee.adapters.persistence;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.TestInstance;

/**
 * Base of the persistence integration tests: a Micronaut context of this module over the shared
 * database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class PersistenceTest implements TestPropertyProvider {

    @Inject DataSource dataSource;

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.properties();
    }

    /** A short suffix that keeps names unique across tests sharing one database. */
    protected static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** An ISO country code that no country in the shared database has yet. */
    protected String freeCountryCode() {
        for (String code : Locale.getISOCountries()) {
            try {
                if (sql("select count(*) from countries where code = ?", code) == 0) {
                    return code;
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("every ISO country code is taken");
    }

    /**
     * Runs one statement directly (outside the adapters), returning the first column of its first
     * row, if any.
     */
    public long sql(String statement, Object... parameters) throws SQLException {
        try (Connection connection =
                        DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
                PreparedStatement prepared = connection.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                prepared.setObject(i + 1, parameters[i]);
            }
            if (!prepared.execute()) {
                return prepared.getUpdateCount();
            }
            try (ResultSet rows = prepared.getResultSet()) {
                return rows.next() ? rows.getLong(1) : 0;
            }
        }
    }
}

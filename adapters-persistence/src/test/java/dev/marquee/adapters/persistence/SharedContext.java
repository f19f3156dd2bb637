package dev.marquee.adapters.persistence;

import dev.marquee.domain.port.out.ContractSupport;
import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * One Micronaut context of this module per test JVM, over the shared database: the port contracts
 * take their adapters from it instead of starting a context per class, and isolate by data.
 */
public final class SharedContext {

    private static ApplicationContext context;

    private SharedContext() {}

    public static synchronized ApplicationContext get() {
        if (context == null) {
            context =
                    ApplicationContext.builder()
                            .environments("test")
                            .properties(new HashMap<>(TestDatabase.properties()))
                            .start();
            Runtime.getRuntime().addShutdownHook(new Thread(context::close));
        }
        return context;
    }

    public static <T> T bean(Class<T> type) {
        return get().getBean(type);
    }

    /** A short suffix that keeps names unique across tests sharing one database. */
    public static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** A word of random letters that no other test's word starts with. */
    public static String uniqueWord() {
        return ContractSupport.uniqueWord();
    }

    /**
     * Runs one statement directly (outside the adapters), returning the first column of its first
     * row, if any.
     */
    public static long sql(String statement, Object... parameters) {
        return sql(bean(DataSource.class), statement, parameters);
    }

    static long sql(DataSource dataSource, String statement, Object... parameters) {
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
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs one query directly (outside the adapters), mapping every row. */
    public static <T> java.util.List<T> query(
            String statement, RowMapper<T> mapper, Object... parameters) {
        try (Connection connection =
                        DelegatingDataSource.unwrapDataSource(bean(DataSource.class))
                                .getConnection();
                PreparedStatement prepared = connection.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                prepared.setObject(i + 1, parameters[i]);
            }
            java.util.List<T> mapped = new java.util.ArrayList<>();
            try (ResultSet rows = prepared.executeQuery()) {
                while (rows.next()) {
                    mapped.add(mapper.map(rows));
                }
            }
            return mapped;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Turns the current row into a value. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    /** An ISO country code that no country in the shared database has yet. */
    public static String freeCountryCode() {
        for (String code : Locale.getISOCountries()) {
            if (sql("select count(*) from countries where code = ?", code) == 0) {
                return code;
            }
        }
        throw new IllegalStateException("every ISO country code is taken");
    }

    /** Rows the tests need as references, written straight to the tables. */
    public static long insertMovie(String title) {
        return sql("insert into movies (title) values (?) returning id", title);
    }

    public static long insertUser() {
        return insertUser("u_" + unique());
    }

    public static long insertUser(String name) {
        return sql(
                "insert into users (username, email, password_hash, created_at, updated_at)"
                        + " values (?, ?, 'hash', now(), now()) returning id",
                name,
                name + "@example.org");
    }

    public static long insertGenre() {
        return sql("insert into genres (name) values (?) returning id", "Genre " + unique());
    }

    public static long insertPerson(String firstName) {
        return sql(
                "insert into persons (first_name, gender, created_at, updated_at)"
                        + " values (?, 'UNKNOWN', now(), now()) returning id",
                firstName);
    }

    public static long insertCharacter(String name) {
        return sql(
                "insert into characters (name, created_at, updated_at) values (?, now(), now())"
                        + " returning id",
                name);
    }
}

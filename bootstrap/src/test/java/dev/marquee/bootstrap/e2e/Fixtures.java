package dev.marquee.bootstrap.e2e;

import dev.marquee.domain.port.out.PasswordHasher;
import dev.marquee.domain.port.out.UserRepository;
import dev.marquee.domain.user.EmailAddress;
import dev.marquee.domain.user.Password;
import dev.marquee.domain.user.UserDetails;
import dev.marquee.domain.user.Username;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Test data that the API cannot create yet, put in place through the running application's own
 * beans.
 */
final class Fixtures {

    private Fixtures() {}

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * A fresh account with the USER role only; returns its username. The password is {@code
     * password123}.
     */
    static String regularUser() {
        var context = TestMarquee.shared().context();
        String username = "user_" + unique();
        context.getBean(UserRepository.class)
                .add(
                        new UserDetails(
                                new Username(username),
                                new EmailAddress(username + "@example.org"),
                                context.getBean(PasswordHasher.class)
                                        .hash(new Password("password123")),
                                "Reg",
                                "Ular",
                                Set.of()));
        return username;
    }

    /** The first column of the first row of a query, as text. */
    static String sqlText(String query, Object... parameters) {
        DataSource dataSource =
                DelegatingDataSource.unwrapDataSource(
                        TestMarquee.shared().context().getBean(DataSource.class));
        try (Connection connection = dataSource.getConnection();
                PreparedStatement prepared = connection.prepareStatement(query)) {
            for (int i = 0; i < parameters.length; i++) {
                prepared.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = prepared.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Runs one SQL statement on the application's database; returns the first column of the first
     * row, if any.
     */
    static long sql(String statement, Object... parameters) {
        DataSource dataSource =
                DelegatingDataSource.unwrapDataSource(
                        TestMarquee.shared().context().getBean(DataSource.class));
        try (Connection connection = dataSource.getConnection();
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
}

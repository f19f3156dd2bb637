package dev.marquee.bootstrap.cli;

import dev.marquee.bootstrap.e2e.TestMarquee;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A database of its own on the test JVM's PostgreSQL (the shared one the end-to-end tests use), so
 * that an import test counts exactly what it imported; its JDBC URL carries the credentials, as
 * DATASOURCES_DEFAULT_URL may.
 */
record ImportDatabase(String url) {

    static ImportDatabase fresh() {
        Map<String, Object> servers = TestMarquee.shared().infrastructure().properties();
        String serverUrl = (String) servers.get("datasources.default.url");
        String name = "imports_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection connection =
                DriverManager.getConnection(
                        serverUrl,
                        (String) servers.get("datasources.default.username"),
                        (String) servers.get("datasources.default.password"))) {
            connection.createStatement().execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new ImportDatabase(
                serverUrl.substring(0, serverUrl.lastIndexOf('/') + 1)
                        + name
                        + "?user="
                        + servers.get("datasources.default.username")
                        + "&password="
                        + servers.get("datasources.default.password"));
    }

    long count(String query, Object... parameters) {
        return Long.parseLong(text(query, parameters));
    }

    String text(String query, Object... parameters) {
        List<String> rows = texts(query, parameters);
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** The first column of every row, as text. */
    List<String> texts(String query, Object... parameters) {
        try (Connection connection = DriverManager.getConnection(url);
                PreparedStatement statement = connection.prepareStatement(query)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<String> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(result.getString(1));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Everything an import writes, as one comparable line per table; by source keys, not by
     * generated ids.
     */
    List<String> fingerprint() {
        return List.of(
                text(
                        "select count(*) || ' ' || coalesce(sum(hashtext(coalesce(tmdb_id, 0) || title || coalesce(release_year, 0)"
                                + " || rating_count || coalesce(average_rating, 0) || rating_histogram::text || round(popularity::numeric, 2))), 0) from movies"),
                text(
                        "select count(*) || ' ' || coalesce(sum(hashtext(u.username || ' ' || coalesce(m.movielens_id, 0) || ' '"
                                + " || coalesce(m.tmdb_id, 0) || ' ' || r.score || r.created_at)), 0)"
                                + " from ratings r join users u on u.id = r.user_id join movies m on m.id = r.movie_id"),
                text("select count(*) from users"),
                text("select count(*) from movie_genres"),
                text("select count(*) from genres"));
    }
}

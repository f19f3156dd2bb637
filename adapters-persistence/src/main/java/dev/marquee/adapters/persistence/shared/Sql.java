package dev.marquee.adapters.persistence.shared;

import dev.marquee.domain.shared.Page;
import dev.marquee.domain.shared.PageRequest;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs hand-written SQL on the current transaction's connection: read models and bulk statements.
 */
@Singleton
public class Sql {

    private final JdbcOperations jdbc;

    public Sql(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public <T> List<T> list(String sql, List<?> parameters, RowMapper<T> mapper) {
        return jdbc.prepareStatement(
                sql,
                statement -> {
                    try {
                        bind(statement, parameters);
                        List<T> rows = new ArrayList<>();
                        try (ResultSet resultSet = statement.executeQuery()) {
                            while (resultSet.next()) {
                                rows.add(mapper.map(resultSet));
                            }
                        }
                        return rows;
                    } catch (SQLException e) {
                        throw new DataAccessException("query failed", e);
                    }
                });
    }

    public <T> Optional<T> one(String sql, List<?> parameters, RowMapper<T> mapper) {
        return list(sql, parameters, mapper).stream().findFirst();
    }

    /**
     * One page of a list: {@code countSql} counts the whole list, {@code pageSql} (ordered, without
     * LIMIT) selects it; both take the same parameters.
     */
    public <T> Page<T> page(
            String countSql,
            String pageSql,
            List<?> parameters,
            PageRequest request,
            RowMapper<T> mapper) {
        long total = count(countSql, parameters);
        List<Object> pageParameters = new ArrayList<>(parameters);
        pageParameters.add(request.size());
        pageParameters.add(request.offset());
        return Page.of(list(pageSql + " limit ? offset ?", pageParameters, mapper), request, total);
    }

    public long count(String sql, List<?> parameters) {
        return one(sql, parameters, resultSet -> resultSet.getLong(1)).orElse(0L);
    }

    public int update(String sql, List<?> parameters) {
        return jdbc.prepareStatement(
                sql,
                statement -> {
                    try {
                        bind(statement, parameters);
                        return statement.executeUpdate();
                    } catch (SQLException e) {
                        throw new DataAccessException("update failed", e);
                    }
                });
    }

    private static void bind(PreparedStatement statement, List<?> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            if (parameters.get(i) instanceof SqlArray array) {
                statement.setArray(
                        i + 1,
                        statement
                                .getConnection()
                                .createArrayOf(array.elementType(), array.values()));
            } else {
                statement.setObject(i + 1, parameters.get(i));
            }
        }
    }

    /**
     * A parameter bound as one SQL array, for bulk statements over {@code unnest(?::type[], ...)}.
     */
    public record SqlArray(String elementType, Object[] values) {}

    /** Turns the current row into a value. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }
}

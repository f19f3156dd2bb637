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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs hand-written SQL on the current transaction's connection: read models and bulk statements.
 */
@Singleton
public class Sql {

    /**
     * A list the planner estimates at more than this many times the exact-count limit is not
     * counted at all (counting even the limit's worth of rows of a filtered list can cost a random
     * read per row); below it, the estimate could be wrong and the capped count decides.
     */
    private static final long TRUSTED_ESTIMATE_FACTOR = 10;

    private static final Pattern PLAN_ROWS = Pattern.compile("\"Plan Rows\": *(\\d+)");

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

    /**
     * One page of a list that may be too long to count on every request: {@code fromWhere} is the
     * list's FROM and WHERE ({@code " from movies m where ..."}), {@code pageSql} selects the page
     * (ordered, ending in {@code limit ? offset ?}); both take the same parameters. The total is
     * exact when the page proves it (a last, partly filled page) or when a count stopped at {@code
     * exactUpTo} + 1 rows stays within {@code exactUpTo}; beyond that it is the planner's estimate,
     * flagged as such, never below what the page proves. The count is skipped when the planner
     * already estimates more than ten times {@code exactUpTo}.
     */
    public <T> Page<T> pageCountingUpTo(
            String fromWhere,
            String pageSql,
            List<?> parameters,
            PageRequest request,
            RowMapper<T> mapper,
            long exactUpTo) {
        List<Object> pageParameters = new ArrayList<>(parameters);
        pageParameters.add(request.size());
        pageParameters.add(request.offset());
        List<T> items = list(pageSql, pageParameters, mapper);
        if (!items.isEmpty() && items.size() < request.size()) {
            return Page.of(items, request, request.offset() + items.size());
        }
        boolean provenLonger =
                items.size() == request.size() && request.offset() + items.size() > exactUpTo;
        long estimate = estimate("select 1" + fromWhere, parameters);
        if (!provenLonger && estimate <= TRUSTED_ESTIMATE_FACTOR * exactUpTo) {
            List<Object> countParameters = new ArrayList<>(parameters);
            countParameters.add(exactUpTo + 1);
            long counted =
                    count(
                            "select count(*) from (select 1" + fromWhere + " limit ?) as capped",
                            countParameters);
            if (counted <= exactUpTo) {
                return Page.of(items, request, counted);
            }
        }
        return Page.estimated(items, request, Math.max(exactUpTo + 1, estimate));
    }

    /** The planner's estimate of the number of rows {@code sql} returns, without running it. */
    public long estimate(String sql, List<?> parameters) {
        String plan =
                one("explain (format json) " + sql, parameters, row -> row.getString(1)).orElse("");
        Matcher rows = PLAN_ROWS.matcher(plan);
        return rows.find() ? Long.parseLong(rows.group(1)) : 0;
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

package dev.marquee.adapters.persistence.shared;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Null-aware column readers for hand-written queries. */
public final class Rows {

    private Rows() {}

    public static @Nullable Long nullableLong(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    public static @Nullable Integer nullableInt(ResultSet row, String column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }

    public static @Nullable LocalDate date(ResultSet row, String column) throws SQLException {
        Date value = row.getDate(column);
        return value == null ? null : value.toLocalDate();
    }

    public static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp value = row.getTimestamp(column);
        return value.toInstant();
    }

    public static @Nullable BigDecimal decimal(ResultSet row, String column) throws SQLException {
        BigDecimal value = row.getBigDecimal(column);
        return value == null
                ? null
                : value.stripTrailingZeros().scale() < 0
                        ? value.setScale(0)
                        : value.stripTrailingZeros();
    }

    public static List<String> strings(ResultSet row, String column) throws SQLException {
        Array array = row.getArray(column);
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    public static List<Long> longs(ResultSet row, String column) throws SQLException {
        Array array = row.getArray(column);
        return array == null ? List.of() : Arrays.asList((Long[]) array.getArray());
    }

    /** "First Last", or just the first name for single-name people. */
    public static String displayName(ResultSet row, String firstNameColumn, String lastNameColumn)
            throws SQLException {
        String first = row.getString(firstNameColumn);
        String last = row.getString(lastNameColumn);
        return last == null ? first : first + " " + last;
    }
}

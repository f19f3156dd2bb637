package dev.marquee.bootstrap.cli;

import dev.marquee.domain.shared.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Typed readers of CSV fields; a value that does not parse is an {@link InvalidInputException}
 * naming the column.
 */
final class CsvFields {

    private CsvFields() {}

    static @Nullable String text(CSVRecord record, String column) {
        String value = record.get(column);
        return value == null || value.isBlank() ? null : value;
    }

    static int positiveInt(CSVRecord record, String column) {
        Integer value = optionalInt(record, column);
        if (value == null || value <= 0) {
            throw new InvalidInputException(column, "must be a positive integer");
        }
        return value;
    }

    static @Nullable Integer optionalInt(CSVRecord record, String column) {
        BigDecimal value = optionalDecimal(record, column);
        if (value == null) {
            return null;
        }
        try {
            return value.stripTrailingZeros().intValueExact();
        } catch (ArithmeticException e) {
            throw new InvalidInputException(column, "must be a whole number");
        }
    }

    static long wholeNumber(CSVRecord record, String column) {
        BigDecimal value = optionalDecimal(record, column);
        if (value == null) {
            throw new InvalidInputException(column, "must not be empty");
        }
        try {
            return value.stripTrailingZeros().longValueExact();
        } catch (ArithmeticException e) {
            throw new InvalidInputException(column, "must be a whole number");
        }
    }

    static @Nullable BigDecimal optionalDecimal(CSVRecord record, String column) {
        String value = text(record, column);
        if (value == null) {
            return null;
        }
        try {
            BigDecimal number = new BigDecimal(value.strip());
            if (number.precision() - number.scale() > 20) {
                throw new InvalidInputException(column, "is too large");
            }
            return number;
        } catch (NumberFormatException e) {
            throw new InvalidInputException(column, "must be a number");
        }
    }

    static double optionalDouble(CSVRecord record, String column, double whenEmpty) {
        BigDecimal value = optionalDecimal(record, column);
        return value == null ? whenEmpty : value.doubleValue();
    }

    static @Nullable LocalDate optionalDate(CSVRecord record, String column) {
        String value = text(record, column);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(column, "must be a date such as 2009-12-10");
        }
    }
}

package dev.marquee.adapters.web.shared;

import dev.marquee.domain.shared.InvalidInputException;
import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

/**
 * Parses request values that arrive as text into typed values, naming the field when one is
 * invalid.
 */
public final class RequestValues {

    private RequestValues() {}

    public static @Nullable LocalDate date(@Nullable String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "must be a date as YYYY-MM-DD");
        }
    }

    public static <E extends Enum<E>> @Nullable E enumValue(
            @Nullable String value, Class<E> type, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(
                    field,
                    "must be one of "
                            + Arrays.stream(type.getEnumConstants())
                                    .map(Enum::name)
                                    .collect(Collectors.joining(", ")));
        }
    }

    /**
     * A typed id from a body or query field; zero and negative values are invalid input naming the
     * field.
     */
    public static <I> @Nullable I id(@Nullable Long value, String field, LongFunction<I> idType) {
        if (value == null) {
            return null;
        }
        if (value <= 0) {
            throw new InvalidInputException(field, "must be a positive integer");
        }
        return idType.apply(value);
    }
}

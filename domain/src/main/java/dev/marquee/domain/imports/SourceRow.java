package dev.marquee.domain.imports;

import org.jspecify.annotations.Nullable;

/**
 * A data row of an import file: its value when it passed validation, otherwise the reason it is
 * skipped.
 */
public record SourceRow<T>(long line, @Nullable T value, @Nullable String rejection) {

    public static <T> SourceRow<T> accepted(long line, T value) {
        return new SourceRow<>(line, value, null);
    }

    public static <T> SourceRow<T> rejected(long line, String reason) {
        return new SourceRow<>(line, null, reason);
    }
}

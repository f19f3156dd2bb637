package dev.marquee.domain.shared;

import org.jspecify.annotations.Nullable;

/** Checks shared by every free-text field: trimmed, non-blank where required, bounded in length. */
public final class Text {

    private Text() {
    }

    /** The trimmed value, which must be present, non-blank and at most {@code maxLength} characters. */
    public static String required(@Nullable String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "must not be blank");
        }
        return bounded(value.strip(), field, maxLength);
    }

    /** The trimmed value, or null when absent or blank; at most {@code maxLength} characters. */
    public static @Nullable String optional(@Nullable String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return bounded(value.strip(), field, maxLength);
    }

    private static String bounded(String value, String field, int maxLength) {
        if (value.codePointCount(0, value.length()) > maxLength) {
            throw new InvalidInputException(field, "must be at most " + maxLength + " characters");
        }
        return value;
    }
}

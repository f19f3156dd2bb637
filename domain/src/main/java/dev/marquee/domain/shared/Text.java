package dev.marquee.domain.shared;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Checks shared by every free-text field: trimmed, non-blank where required, bounded in length. */
public final class Text {

    private static final Pattern SPACE_AT_ENDS = Pattern.compile("^[\\s\\p{Z}]+|[\\s\\p{Z}]+$");
    /** Control characters other than tab and line breaks: never meaningful in text, and NUL cannot even be stored. */
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

    private Text() {
    }

    /** The trimmed value, which must be present, non-blank and at most {@code maxLength} characters. */
    public static String required(@Nullable String value, String field, int maxLength) {
        String trimmed = trim(value);
        if (trimmed.isEmpty()) {
            throw new InvalidInputException(field, "must not be blank");
        }
        return bounded(trimmed, field, maxLength);
    }

    /** The trimmed value, or null when absent or blank; at most {@code maxLength} characters. */
    public static @Nullable String optional(@Nullable String value, String field, int maxLength) {
        String trimmed = trim(value);
        return trimmed.isEmpty() ? null : bounded(trimmed, field, maxLength);
    }

    /** Strips white space at both ends, counting Unicode space separators such as the no-break space. */
    private static String trim(@Nullable String value) {
        return value == null ? "" : SPACE_AT_ENDS.matcher(value).replaceAll("");
    }

    private static String bounded(String value, String field, int maxLength) {
        if (CONTROL.matcher(value).find()) {
            throw new InvalidInputException(field, "must not contain control characters");
        }
        if (value.codePointCount(0, value.length()) > maxLength) {
            throw new InvalidInputException(field, "must be at most " + maxLength + " characters");
        }
        return value;
    }
}

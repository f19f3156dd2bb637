package dev.marquee.domain.shared;

import org.jspecify.annotations.Nullable;

/**
 * Checks shared by every free-text field: trimmed (Unicode spaces too), non-blank where required,
 * bounded in length, and free of control characters (other than tab and line breaks) and of
 * unpaired surrogates, which cannot be stored as they were sent. Every check is one linear pass,
 * whatever the input.
 */
public final class Text {

    private Text() {}

    /**
     * The trimmed value, which must be present, non-blank and at most {@code maxLength} characters.
     */
    public static String required(@Nullable String value, String field, int maxLength) {
        String trimmed = trim(value);
        if (trimmed.isEmpty()) {
            throw new InvalidInputException(field, "must not be blank");
        }
        return checked(trimmed, field, maxLength);
    }

    /** The trimmed value, or null when absent or blank; at most {@code maxLength} characters. */
    public static @Nullable String optional(@Nullable String value, String field, int maxLength) {
        String trimmed = trim(value);
        return trimmed.isEmpty() ? null : checked(trimmed, field, maxLength);
    }

    /**
     * Strips white space at both ends, counting Unicode space separators such as the no-break
     * space.
     */
    private static String trim(@Nullable String value) {
        if (value == null) {
            return "";
        }
        int start = 0;
        int end = value.length();
        while (start < end && isSpace(value.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static String checked(String value, String field, int maxLength) {
        if (value.length() > 2 * maxLength || value.codePointCount(0, value.length()) > maxLength) {
            throw new InvalidInputException(field, "must be at most " + maxLength + " characters");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (isForbiddenControl(c)) {
                throw new InvalidInputException(field, "must not contain control characters");
            }
            if (Character.isHighSurrogate(c)
                    && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new InvalidInputException(field, "must be valid Unicode text");
            }
        }
        return value;
    }

    /** C0 and C1 control characters, and DEL; tab, line feed and carriage return are allowed. */
    private static boolean isForbiddenControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
    }
}

package dev.marquee.domain.user;

import dev.marquee.domain.shared.InvalidInputException;
import java.util.regex.Pattern;

/**
 * A login name: 3 to 50 of letters, digits, '_', '.', '-'; unique regardless of case, shown as
 * typed.
 */
public record Username(String value) {

    public static final int MIN_LENGTH = 3;
    public static final int MAX_LENGTH = 50;
    private static final Pattern ALLOWED =
            Pattern.compile("[A-Za-z0-9_.-]{" + MIN_LENGTH + "," + MAX_LENGTH + "}");

    public Username {
        if (value == null || !ALLOWED.matcher(value).matches()) {
            throw new InvalidInputException(
                    "username",
                    "must be "
                            + MIN_LENGTH
                            + " to "
                            + MAX_LENGTH
                            + " characters of letters, digits, '_', '.' or '-'");
        }
    }
}

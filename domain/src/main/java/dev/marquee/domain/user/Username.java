package dev.marquee.domain.user;

import dev.marquee.domain.shared.InvalidInputException;
import java.util.regex.Pattern;

/**
 * A login name: 3 to 50 of letters, digits, '_', '.', '-'; unique regardless of case, shown as
 * typed.
 */
public record Username(String value) {

    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9_.-]{3,50}");

    public Username {
        if (value == null || !ALLOWED.matcher(value).matches()) {
            throw new InvalidInputException(
                    "username", "must be 3 to 50 characters of letters, digits, '_', '.' or '-'");
        }
    }
}

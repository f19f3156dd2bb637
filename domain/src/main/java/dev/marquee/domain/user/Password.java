package dev.marquee.domain.user;

import dev.marquee.domain.shared.InvalidInputException;

/**
 * A clear-text password as typed: 8 to 128 characters. It is hashed at once and never stored or
 * logged.
 */
public record Password(String value) {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;

    public Password {
        int length = value == null ? 0 : value.codePointCount(0, value.length());
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            throw new InvalidInputException(
                    "password", "must be " + MIN_LENGTH + " to " + MAX_LENGTH + " characters");
        }
    }

    @Override
    public String toString() {
        return "Password[hidden]";
    }
}

package dev.marquee.domain.user;

import dev.marquee.domain.shared.InvalidInputException;
import java.util.regex.Pattern;

/**
 * An e-mail address: one '@', a dotted domain, at most 254 characters; unique regardless of case.
 */
public record EmailAddress(String value) {

    public static final int MAX_LENGTH = 254;
    private static final Pattern SHAPE =
            Pattern.compile("[^@\\s\\p{Cntrl}]{1,64}@[^@\\s.\\p{Cntrl}]+(\\.[^@\\s.\\p{Cntrl}]+)+");

    public EmailAddress {
        if (value == null
                || value.length() > MAX_LENGTH
                || !SHAPE.matcher(value.strip()).matches()) {
            throw new InvalidInputException("email", "must be a valid e-mail address");
        }
        value = value.strip();
    }
}

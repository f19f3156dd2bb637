package dev.marquee.domain.file;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Where an object lives in the store: generated, never derived from user input (no traversal, no
 * collisions).
 */
public record ObjectKey(String value) {

    private static final Pattern SHAPE = Pattern.compile("[a-z0-9-]+(/[a-z0-9-]+)+");

    public ObjectKey {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("not an object key: " + value);
        }
    }

    /** True when the text has the shape of a key Marquee generates. */
    public static boolean isValid(String value) {
        return value != null && SHAPE.matcher(value).matches();
    }

    /** A fresh key under a folder such as {@code posters}. */
    public static ObjectKey newIn(String folder) {
        return new ObjectKey(folder + "/" + UUID.randomUUID());
    }
}

package dev.marquee.domain.shared;

/** Checks shared by every identifier type. */
public final class Ids {

    private Ids() {}

    /**
     * Returns the value when it can be an id (a positive integer), else rejects it as invalid
     * input.
     */
    public static long requirePositive(long value, String field) {
        if (value <= 0) {
            throw new InvalidInputException(field, "must be a positive integer");
        }
        return value;
    }
}

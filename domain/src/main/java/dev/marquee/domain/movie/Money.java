package dev.marquee.domain.movie;

import dev.marquee.domain.shared.InvalidInputException;
import java.math.BigDecimal;

/** An amount of US dollars: non-negative, at most two decimals, below ten trillion. */
public final class Money {

    private static final BigDecimal LIMIT = new BigDecimal("10000000000000");

    private Money() {}

    /** The amount, checked; null stays null (unknown). */
    public static BigDecimal check(BigDecimal amount, String field) {
        if (amount == null) {
            return null;
        }
        if (amount.signum() < 0) {
            throw new InvalidInputException(field, "must not be negative");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new InvalidInputException(field, "must have at most 2 decimals");
        }
        if (amount.compareTo(LIMIT) >= 0) {
            throw new InvalidInputException(field, "must be below 10000000000000");
        }
        return amount.stripTrailingZeros().scale() < 0
                ? amount.setScale(0)
                : amount.stripTrailingZeros();
    }
}

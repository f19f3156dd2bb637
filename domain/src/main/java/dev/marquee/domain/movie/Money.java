package dev.marquee.domain.movie;

import dev.marquee.domain.shared.InvalidInputException;
import java.math.BigDecimal;

/** An amount of US dollars: non-negative, at most two decimals, below ten trillion. */
public final class Money {

    public static final int MAX_INTEGER_DIGITS = 13;
    public static final int MAX_DECIMALS = 2;
    private static final BigDecimal LIMIT = BigDecimal.TEN.pow(MAX_INTEGER_DIGITS);

    private Money() {}

    /** The amount, checked; null stays null (unknown). */
    public static BigDecimal check(BigDecimal amount, String field) {
        if (amount == null) {
            return null;
        }
        if (amount.signum() < 0) {
            throw new InvalidInputException(field, "must not be negative");
        }
        if (amount.stripTrailingZeros().scale() > MAX_DECIMALS) {
            throw new InvalidInputException(
                    field, "must have at most " + MAX_DECIMALS + " decimals");
        }
        if (amount.compareTo(LIMIT) >= 0) {
            throw new InvalidInputException(field, "must be below " + LIMIT.toPlainString());
        }
        return amount.stripTrailingZeros().scale() < 0
                ? amount.setScale(0)
                : amount.stripTrailingZeros();
    }
}

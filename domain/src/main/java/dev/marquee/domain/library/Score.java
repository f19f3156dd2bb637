package dev.marquee.domain.library;

import dev.marquee.domain.shared.InvalidInputException;
import java.math.BigDecimal;

/** A rating in half stars: 0.5 to 5.0 in steps of 0.5. */
public record Score(BigDecimal value) {

    private static final BigDecimal MIN = new BigDecimal("0.5");
    private static final BigDecimal MAX = new BigDecimal("5.0");
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    public Score {
        if (value == null
                || value.compareTo(MIN) < 0
                || value.compareTo(MAX) > 0
                || value.multiply(TWO).stripTrailingZeros().scale() > 0) {
            throw new InvalidInputException("score", "must be 0.5 to 5.0 in steps of 0.5");
        }
        value = value.setScale(1, java.math.RoundingMode.UNNECESSARY);
    }
}

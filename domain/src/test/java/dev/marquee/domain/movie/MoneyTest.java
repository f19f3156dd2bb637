package dev.marquee.domain.movie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marquee.domain.shared.InvalidInputException;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

    @ParameterizedTest
    @CsvSource({"0, 0", "1500.50, 1500.5", "1E+3, 1000", "9999999999999.99, 9999999999999.99"})
    void acceptsNonNegativeAmountsOfAtMostTwoDecimalsInTheirShortestForm(
            String amount, String expected) {
        BigDecimal checked = Money.check(new BigDecimal(amount), "budget");

        assertThat(checked.toPlainString()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0.01", "1.005", "10000000000000"})
    void refusesNegativeFractionalOrHugeAmountsNamingTheField(String amount) {
        assertThatThrownBy(() -> Money.check(new BigDecimal(amount), "revenue"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("revenue"));
    }

    @org.junit.jupiter.api.Test
    void anUnknownAmountStaysUnknown() {
        assertThat(Money.check(null, "budget")).isNull();
    }
}

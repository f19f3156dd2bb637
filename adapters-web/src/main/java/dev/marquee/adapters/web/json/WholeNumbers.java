package dev.marquee.adapters.web.json;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import io.micronaut.serde.exceptions.SerdeException;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Reads JSON numbers into {@code Integer} and {@code Long} fields only when they are whole numbers
 * in range: by default a fraction such as 90.7 would be cut to 90, and an id of 1.5 would silently
 * name id 1.
 */
final class WholeNumbers {

    private WholeNumbers() {}

    static BigDecimal whole(Decoder decoder, BigDecimal min, BigDecimal max) throws IOException {
        BigDecimal value = decoder.decodeBigDecimal();
        if (value.stripTrailingZeros().scale() > 0) {
            throw new SerdeException("a whole number is required, not " + value.toPlainString());
        }
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new SerdeException("number out of range");
        }
        return value;
    }

    /** Integer fields. */
    @Singleton
    static final class IntegerDeserializer implements Deserializer<Integer> {

        private static final BigDecimal MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
        private static final BigDecimal MAX = BigDecimal.valueOf(Integer.MAX_VALUE);

        @Override
        public Integer deserialize(
                Decoder decoder, DecoderContext context, Argument<? super Integer> type)
                throws IOException {
            return whole(decoder, MIN, MAX).intValueExact();
        }
    }

    /** Long fields. */
    @Singleton
    static final class LongDeserializer implements Deserializer<Long> {

        private static final BigDecimal MIN = BigDecimal.valueOf(Long.MIN_VALUE);
        private static final BigDecimal MAX = BigDecimal.valueOf(Long.MAX_VALUE);

        @Override
        public Long deserialize(
                Decoder decoder, DecoderContext context, Argument<? super Long> type)
                throws IOException {
            return whole(decoder, MIN, MAX).longValueExact();
        }
    }
}

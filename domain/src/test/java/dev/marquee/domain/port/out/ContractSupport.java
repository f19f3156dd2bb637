package dev.marquee.domain.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.domain.shared.ConflictException;
import dev.marquee.domain.shared.InvalidInputException;
import dev.marquee.domain.shared.NotFoundException;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * What every port contract shares: unique names (contracts run on a shared database and isolate by
 * data) and checks of the domain errors a port promises.
 */
public abstract class ContractSupport {

    /** An id that no store hands out in a test run. */
    protected static final long UNKNOWN_ID = Long.MAX_VALUE - 7;

    /** A short suffix that keeps names unique across tests sharing one store. */
    protected static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * A word of ten random letters, for word filters: no digits (they split words) and long enough
     * that one test's word is never a prefix of another's, which a prefix match would find.
     */
    public static String uniqueWord() {
        StringBuilder word = new StringBuilder();
        for (char hex :
                UUID.randomUUID().toString().replace("-", "").substring(0, 10).toCharArray()) {
            word.append((char) ('a' + Character.digit(hex, 16)));
        }
        return word.toString();
    }

    protected static Consumer<Throwable> conflict(String code) {
        return failure ->
                assertThat(failure)
                        .isInstanceOfSatisfying(
                                ConflictException.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    protected static Consumer<Throwable> notFound(String code) {
        return failure ->
                assertThat(failure)
                        .isInstanceOfSatisfying(
                                NotFoundException.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    protected static Consumer<Throwable> invalidField(String field) {
        return failure ->
                assertThat(failure)
                        .isInstanceOfSatisfying(
                                InvalidInputException.class,
                                e ->
                                        assertThat(e.violations())
                                                .extracting(
                                                        InvalidInputException.FieldViolation::field)
                                                .containsExactly(field));
    }
}

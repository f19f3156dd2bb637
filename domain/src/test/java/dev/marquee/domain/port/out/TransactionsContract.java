package dev.marquee.domain.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marquee.domain.shared.ConflictException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * What every Transactions must do, run against the direct fake and the database: run the work once
 * and hand back its result or its failure unchanged. That the writes of a failed unit are rolled
 * back is checked where there is something to roll back (the database).
 */
public abstract class TransactionsContract extends ContractSupport {

    protected abstract Transactions transactions();

    @Test
    void runsTheWorkOnceAndReturnsItsResult() {
        AtomicInteger runs = new AtomicInteger();

        String result =
                transactions()
                        .inTransaction(
                                () -> {
                                    runs.incrementAndGet();
                                    return "done";
                                });

        assertThat(result).isEqualTo("done");
        assertThat(runs).hasValue(1);
        String nothing = transactions().inTransaction(() -> null);
        assertThat(nothing).isNull();
    }

    @Test
    void aFailureInsideReachesTheCallerUnchanged() {
        ConflictException failure = new ConflictException("some-conflict", "clash");

        assertThatThrownBy(
                        () ->
                                transactions()
                                        .inTransaction(
                                                () -> {
                                                    throw failure;
                                                }))
                .isSameAs(failure);
    }

    @Test
    void aUnitInsideAnotherJoinsIt() {
        int result =
                transactions().inTransaction(() -> transactions().inTransaction(() -> 20) + 22);

        assertThat(result).isEqualTo(42);
    }
}

package dev.marquee.domain.port.out.fakes;

import dev.marquee.domain.port.out.Transactions;
import java.util.function.Supplier;

/**
 * Transactions that simply run the work (the in-memory fakes have nothing to roll back) and count
 * the units.
 */
public final class DirectTransactions implements Transactions {

    private int units;

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        units++;
        return work.get();
    }

    /** How many units of work were run. */
    public int units() {
        return units;
    }
}

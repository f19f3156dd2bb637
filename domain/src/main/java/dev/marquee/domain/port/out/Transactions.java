package dev.marquee.domain.port.out;

import java.util.function.Supplier;

/** Runs a unit of work atomically: every repository call inside commits together or not at all. */
public interface Transactions {

    /**
     * Runs the work once and returns its result; its failure reaches the caller unchanged, after
     * the rollback. A unit run inside another joins it.
     */
    <T> T inTransaction(Supplier<T> work);
}

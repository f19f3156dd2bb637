package dev.marquee.domain.port.out;

import java.util.function.Supplier;

/** Runs a unit of work atomically: every repository call inside commits together or not at all. */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);
}

package dev.marquee.domain.port.in;

/**
 * Removes objects that no file record points at (what a crash between the two writes of an upload,
 * or a store that was down during a removal, leaves behind), once they are older than a grace
 * period that covers uploads still in flight. Safe to run on several instances at once: every
 * removal is idempotent.
 */
public interface SweepOrphanObjectsUseCase {

    /** Returns how many objects were removed. */
    int sweep();
}

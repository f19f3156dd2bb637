package dev.marquee.domain.port.out;

/**
 * Where an import reports how far it is: a phase at a time, rows as they are done; {@link
 * #finished()} ends the current phase, reporting the sum of the rows it advanced.
 */
public interface ImportProgress {

    /** A phase begins; {@code totalRows} is its number of rows, or -1 when unknown. */
    void started(String phase, long totalRows);

    void advanced(long rows);

    void finished();
}

package dev.marquee.domain.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * What every ImportProgress must do, run against the recording fake and the console: each phase is
 * reported on its own, done with the sum of the rows it advanced, whether its total was known.
 */
public abstract class ImportProgressContract extends ContractSupport {

    protected abstract ImportProgress progress();

    /** How many rows the progress reported done when the phase finished. */
    protected abstract long rowsReportedDone(String phase);

    @Test
    void eachPhaseReportsTheRowsItAdvancedKnownTotalOrNot() {
        progress().started("movies", 10);
        progress().advanced(4);
        progress().advanced(6);
        progress().finished();
        progress().started("ratings", -1);
        progress().advanced(3);
        progress().finished();

        assertThat(rowsReportedDone("movies")).isEqualTo(10);
        assertThat(rowsReportedDone("ratings")).isEqualTo(3);
    }

    @Test
    void aPhaseWithoutRowsReportsNone() {
        progress().started("links", 0);
        progress().finished();

        assertThat(rowsReportedDone("links")).isZero();
    }
}

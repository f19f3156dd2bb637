package dev.marquee.adapters.persistence.shared;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The current instant at the precision PostgreSQL stores, so that what is written is what is read
 * back.
 */
@Singleton
public final class DatabaseTime {

    private final Clock clock;

    public DatabaseTime(Clock clock) {
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}

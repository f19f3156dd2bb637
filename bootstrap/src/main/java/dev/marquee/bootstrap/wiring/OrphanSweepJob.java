package dev.marquee.bootstrap.wiring;

import dev.marquee.domain.port.in.SweepOrphanObjectsUseCase;
import dev.marquee.domain.shared.StorageUnavailableException;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the orphan sweep on a schedule ({@code marquee.files.sweep-interval}); a store that is down
 * waits for the next run.
 */
@Singleton
@Requires(notEnv = Environment.CLI)
@Requires(property = "marquee.files.sweep-enabled", notEquals = "false")
public class OrphanSweepJob {

    private static final Logger LOG = LoggerFactory.getLogger(OrphanSweepJob.class);

    private final SweepOrphanObjectsUseCase sweeper;

    public OrphanSweepJob(SweepOrphanObjectsUseCase sweeper) {
        this.sweeper = sweeper;
    }

    @Scheduled(
            fixedDelay = "${marquee.files.sweep-interval:1h}",
            initialDelay = "${marquee.files.sweep-initial-delay:5m}")
    void sweep() {
        try {
            int removed = sweeper.sweep();
            if (removed > 0) {
                LOG.info("Removed {} objects that no file record pointed at", removed);
            }
        } catch (StorageUnavailableException e) {
            LOG.warn("Orphan sweep skipped, object store unavailable: {}", e.getMessage());
        }
    }
}

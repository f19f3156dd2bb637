package dev.marquee.application.file;

import dev.marquee.domain.file.ListedObject;
import dev.marquee.domain.file.ObjectKey;
import dev.marquee.domain.port.in.SweepOrphanObjectsUseCase;
import dev.marquee.domain.port.out.FileRepository;
import dev.marquee.domain.port.out.FileStorage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Walks the store page by page and removes the objects older than the grace period that no record
 * points at.
 */
public final class OrphanSweeper implements SweepOrphanObjectsUseCase {

    private static final int PAGE = 500;

    private final FileStorage storage;
    private final FileRepository files;
    private final Clock clock;
    private final Duration grace;

    public OrphanSweeper(FileStorage storage, FileRepository files, Clock clock, Duration grace) {
        this.storage = storage;
        this.files = files;
        this.clock = clock;
        this.grace = grace;
    }

    @Override
    public int sweep() {
        Instant cutoff = clock.instant().minus(grace);
        int removed = 0;
        ObjectKey after = null;
        List<ListedObject> page;
        do {
            page = storage.list(after, PAGE);
            List<ObjectKey> old =
                    page.stream()
                            .filter(object -> object.lastModified().isBefore(cutoff))
                            .map(ListedObject::key)
                            .toList();
            Set<ObjectKey> recorded = old.isEmpty() ? Set.of() : files.recordedAmong(old);
            for (ObjectKey key : old) {
                if (!recorded.contains(key)) {
                    storage.delete(key);
                    removed++;
                }
            }
            after = page.isEmpty() ? after : page.get(page.size() - 1).key();
        } while (page.size() == PAGE);
        return removed;
    }
}

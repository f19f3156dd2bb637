package dev.marquee.adapters.persistence.recommendation;

import dev.marquee.domain.recommendation.ContentNeighbour;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The content rows of one model version, as recently read (like {@link ActiveModelCache}: a
 * published version never changes, a newer active one starts a new cache). At most {@link #MOVIES}
 * movies, least recently used first out: a movie's 50 rows with their shared features take about 17
 * KB, so about 35 MB in all.
 */
final class ContentRowsCache {

    static final int MOVIES = 2_048;

    private record OfVersion(long version, Map<Long, List<ContentNeighbour>> rows) {}

    private volatile OfVersion current = empty(-1);

    private static OfVersion empty(long version) {
        return new OfVersion(
                version,
                Collections.synchronizedMap(
                        new LinkedHashMap<>(256, 0.75f, true) {
                            @Override
                            protected boolean removeEldestEntry(
                                    Map.Entry<Long, List<ContentNeighbour>> eldest) {
                                return size() > MOVIES;
                            }
                        }));
    }

    private OfVersion of(long version) {
        OfVersion cached = current;
        if (cached.version() != version) {
            cached = empty(version);
            current = cached;
        }
        return cached;
    }

    Optional<List<ContentNeighbour>> rows(long version, long movieId) {
        return Optional.ofNullable(of(version).rows().get(movieId));
    }

    void put(long version, long movieId, List<ContentNeighbour> rows) {
        of(version).rows().put(movieId, rows);
    }
}

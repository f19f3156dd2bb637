package dev.marquee.adapters.persistence.recommendation;

import dev.marquee.domain.recommendation.ContentNeighbour;
import dev.marquee.domain.recommendation.MoviePopularity;
import dev.marquee.domain.recommendation.NeighbourList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The neighbour rows and the popularity ranking of one model version, as recently read. A version's
 * rows never change once it is published, so nothing cached is ever stale: a request that finds
 * another version active starts a new cache, in every instance alike. The neighbour rows of at most
 * {@link #MOVIE_KINDS} movie-and-kind pairs are kept, least recently used first out: about 1.6 KB a
 * pair at 100 neighbours (ids and weights), 26 MB in all; and the content rows of at most {@link
 * #CONTENT_MOVIES} movies.
 */
final class ActiveModelCache {

    static final int MOVIE_KINDS = 16_384;

    /**
     * How many movies' content rows are kept: a movie's 50 rows with their shared features take
     * about 17 KB, so about 35 MB in all.
     */
    static final int CONTENT_MOVIES = 2_048;

    private record Key(short kind, long movieId) {}

    /** {@code complete}: the ranking holds every popularity row of its version. */
    private record Ranking(List<MoviePopularity> rows, boolean complete) {

        static final Ranking NONE = new Ranking(List.of(), false);

        Optional<List<MoviePopularity>> first(int count) {
            if (rows.size() >= count) {
                return Optional.of(rows.subList(0, count));
            }
            return complete ? Optional.of(rows) : Optional.empty();
        }
    }

    /** {@code sources}: by kind, the movies that have rows of that kind, sorted. */
    private record OfVersion(
            long version,
            Map<Key, NeighbourList> rows,
            Map<Long, List<ContentNeighbour>> content,
            Ranking ranking,
            Map<Short, long[]> sources) {}

    private volatile OfVersion current = empty(-1);

    private static OfVersion empty(long version) {
        return new OfVersion(
                version,
                leastRecentlyUsed(MOVIE_KINDS),
                leastRecentlyUsed(CONTENT_MOVIES),
                Ranking.NONE,
                new ConcurrentHashMap<>());
    }

    /** A thread-safe map that drops its least recently used entry beyond {@code capacity}. */
    private static <K, V> Map<K, V> leastRecentlyUsed(int capacity) {
        return Collections.synchronizedMap(
                new LinkedHashMap<>(256, 0.75f, true) {
                    @Override
                    protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                        return size() > capacity;
                    }
                });
    }

    private OfVersion of(long version) {
        OfVersion cached = current;
        if (cached.version() != version) {
            cached = empty(version);
            current = cached;
        }
        return cached;
    }

    Optional<NeighbourList> rows(long version, short kind, long movieId) {
        return Optional.ofNullable(of(version).rows().get(new Key(kind, movieId)));
    }

    /**
     * The movies with rows of the kind in the version, sorted; read once per version with {@code
     * read} (other requests for the same kind wait for that read).
     */
    long[] sources(long version, short kind, Supplier<long[]> read) {
        return of(version).sources().computeIfAbsent(kind, k -> read.get());
    }

    Optional<List<ContentNeighbour>> content(long version, long movieId) {
        return Optional.ofNullable(of(version).content().get(movieId));
    }

    void putContent(long version, long movieId, List<ContentNeighbour> rows) {
        of(version).content().put(movieId, rows);
    }

    void put(long version, short kind, long movieId, NeighbourList rows) {
        of(version).rows().put(new Key(kind, movieId), rows);
    }

    /**
     * The version's {@code count} most popular, when a ranking that long (or all of it) was read.
     */
    Optional<List<MoviePopularity>> ranking(long version, int count) {
        return of(version).ranking().first(count);
    }

    /**
     * Keeps the first {@code asked} rows of the version's ranking as read (fewer: all there are).
     */
    void putRanking(long version, List<MoviePopularity> ranking, int asked) {
        OfVersion cached = of(version);
        if (ranking.size() >= cached.ranking().rows().size()) {
            current =
                    new OfVersion(
                            version,
                            cached.rows(),
                            cached.content(),
                            new Ranking(List.copyOf(ranking), ranking.size() < asked),
                            cached.sources());
        }
    }
}

package dev.marquee.adapters.persistence.recommendation;

import dev.marquee.adapters.persistence.shared.Sql;
import dev.marquee.adapters.persistence.shared.Sql.SqlArray;
import dev.marquee.domain.port.out.RecommendationModels;
import dev.marquee.domain.recommendation.BuiltModel;
import dev.marquee.domain.recommendation.ModelNeighbours;
import dev.marquee.domain.recommendation.MovieNeighbour;
import dev.marquee.domain.recommendation.MoviePopularity;
import dev.marquee.domain.recommendation.NeighbourKind;
import dev.marquee.domain.recommendation.NeighbourList;
import dev.marquee.domain.recommendation.RatingsShape;
import dev.marquee.domain.recommendation.RecordedRating;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * The model tables of V7. A build writes its rows as one array per column ({@code unnest}) in
 * batches, and flips the active version in the same transaction; the build lock is a session
 * advisory lock on its own connection, so it is held for the whole build and released if the
 * process dies. Rows of movies deleted since the ratings were read are left out rather than failing
 * the build.
 */
@Singleton
public class RecommendationModelAdapter implements RecommendationModels {

    static final int ROWS_PER_STATEMENT = 20_000;
    private static final long BUILD_LOCK = 0x4d51_5245_4342_4c44L;

    private final Sql sql;
    private final DataSource dataSource;
    private final ActiveModelCache cache = new ActiveModelCache();

    public RecommendationModelAdapter(Sql sql, DataSource dataSource) {
        this.sql = sql;
        this.dataSource = dataSource;
    }

    @Override
    public <T> Optional<T> exclusively(Supplier<T> work) {
        try (Connection connection =
                DelegatingDataSource.unwrapDataSource(dataSource).getConnection()) {
            if (!advisoryLock(connection, "select pg_try_advisory_lock(?)")) {
                return Optional.empty();
            }
            try {
                return Optional.of(work.get());
            } finally {
                advisoryLock(connection, "select pg_advisory_unlock(?)");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "could not take the recommendation build lock: " + e.getMessage(), e);
        }
    }

    private static boolean advisoryLock(Connection connection, String statement)
            throws SQLException {
        try (PreparedStatement prepared = connection.prepareStatement(statement)) {
            prepared.setLong(1, BUILD_LOCK);
            try (ResultSet result = prepared.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    @Override
    @Transactional
    public RatingsShape ratingsShape() {
        return sql.one(
                        "select count(*), count(distinct user_id), count(distinct movie_id) from ratings",
                        List.of(),
                        row -> new RatingsShape(row.getLong(1), row.getLong(2), row.getLong(3)))
                .orElse(RatingsShape.EMPTY);
    }

    @Override
    @Transactional
    public List<RecordedRating> allRatings() {
        return sql.list(
                "select user_id, movie_id, score::float8, extract(epoch from updated_at)::bigint from ratings",
                List.of(),
                row ->
                        new RecordedRating(
                                row.getLong(1), row.getLong(2), row.getDouble(3), row.getLong(4)));
    }

    @Override
    @Transactional
    public long publish(BuiltModel model) {
        long version =
                sql.one(
                                "insert into recommendation_models (settings) values (?) returning version",
                                List.of(model.settings()),
                                row -> row.getLong(1))
                        .orElseThrow();
        List<MovieNeighbour> neighbours = model.neighbours();
        short[] ranks = ranks(neighbours);
        for (int from = 0; from < neighbours.size(); from += ROWS_PER_STATEMENT) {
            int to = Math.min(neighbours.size(), from + ROWS_PER_STATEMENT);
            List<MovieNeighbour> batch = neighbours.subList(from, to);
            String[] batchRanks = new String[to - from];
            for (int i = from; i < to; i++) {
                batchRanks[i - from] = Short.toString(ranks[i]);
            }
            sql.update(
                    """
                    insert into movie_neighbours (version, kind, movie_id, rank, neighbour_id, weight)
                    select ?, t.kind, t.movie_id, t.rank, t.neighbour_id, t.weight
                    from unnest(?::smallint[], ?::bigint[], ?::smallint[], ?::bigint[], ?::real[])
                        as t(kind, movie_id, rank, neighbour_id, weight)
                    where exists (select 1 from movies m where m.id = t.movie_id)
                      and exists (select 1 from movies m where m.id = t.neighbour_id)""",
                    List.of(
                            version,
                            column(batch, neighbour -> code(neighbour.kind()), "smallint"),
                            column(batch, MovieNeighbour::movieId, "bigint"),
                            new SqlArray("smallint", batchRanks),
                            column(batch, MovieNeighbour::neighbourId, "bigint"),
                            column(batch, MovieNeighbour::weight, "real")));
        }
        List<MoviePopularity> popularity = model.popularity();
        for (int from = 0; from < popularity.size(); from += ROWS_PER_STATEMENT) {
            List<MoviePopularity> batch =
                    popularity.subList(
                            from, Math.min(popularity.size(), from + ROWS_PER_STATEMENT));
            sql.update(
                    """
                    insert into movie_model_popularity (version, movie_id, popularity)
                    select ?, t.movie_id, t.popularity from unnest(?::bigint[], ?::real[]) as t(movie_id, popularity)
                    where exists (select 1 from movies m where m.id = t.movie_id)""",
                    List.of(
                            version,
                            column(batch, MoviePopularity::movieId, "bigint"),
                            column(batch, MoviePopularity::popularity, "real")));
        }
        sql.update("update recommendation_models set active = false where active", List.of());
        sql.update(
                "update recommendation_models set active = true where version = ?",
                List.of(version));
        sql.update("delete from recommendation_models where version <> ?", List.of(version));
        return version;
    }

    /**
     * The rank of each row within its movie and kind, 1 for the first; each movie's rows of a kind
     * come together, strongest first.
     */
    private static short[] ranks(List<MovieNeighbour> neighbours) {
        short[] ranks = new short[neighbours.size()];
        for (int i = 0; i < ranks.length; i++) {
            MovieNeighbour row = neighbours.get(i);
            boolean continues =
                    i > 0
                            && neighbours.get(i - 1).kind() == row.kind()
                            && neighbours.get(i - 1).movieId() == row.movieId();
            ranks[i] = continues ? (short) (ranks[i - 1] + 1) : 1;
        }
        return ranks;
    }

    @Override
    @Transactional
    public ModelNeighbours neighboursOf(Map<NeighbourKind, ? extends Collection<Long>> sources) {
        if (sources.values().stream().allMatch(Collection::isEmpty)) {
            return ModelNeighbours.NONE;
        }
        Optional<Long> active = activeVersion();
        if (active.isEmpty()) {
            return ModelNeighbours.NONE;
        }
        long version = active.get();
        ModelNeighbours.Builder read = ModelNeighbours.builder();
        Map<NeighbourKind, Set<Long>> missing = new EnumMap<>(NeighbourKind.class);
        sources.forEach(
                (kind, movies) -> {
                    long[] modelled = modelled(version, kind);
                    for (long movie : movies) {
                        if (Arrays.binarySearch(modelled, movie) < 0) {
                            continue;
                        }
                        Optional<NeighbourList> cached = cache.rows(version, code(kind), movie);
                        if (cached.isPresent()) {
                            read.put(kind, movie, cached.get());
                        } else {
                            missing.computeIfAbsent(kind, k -> new LinkedHashSet<>()).add(movie);
                        }
                    }
                });
        if (!missing.isEmpty()) {
            readAndCache(version, missing, read);
        }
        return read.build();
    }

    /**
     * The movies with rows of the kind in the version, sorted, read once per version (from the
     * partial index of V11): a movie outside them needs no read at all.
     */
    private long[] modelled(long version, NeighbourKind kind) {
        short code = code(kind);
        return cache.sources(
                version,
                code,
                () ->
                        sql
                                .list(
                                        """
                                        select movie_id from movie_neighbours
                                        where version = ? and kind = ? and rank = 1 order by movie_id""",
                                        List.of(version, code),
                                        row -> row.getLong(1))
                                .stream()
                                .mapToLong(Long::longValue)
                                .toArray());
    }

    /**
     * Reads the rows of the movies not cached, one query for all kinds, and caches them: a movie
     * without rows of a kind is cached as having none.
     */
    private void readAndCache(
            long version, Map<NeighbourKind, Set<Long>> missing, ModelNeighbours.Builder read) {
        record Row(short kind, long movie, long neighbour, float weight) {}
        List<NeighbourKind> kinds = List.copyOf(missing.keySet());
        String perKind =
                """
                select n.kind, n.movie_id, n.neighbour_id, n.weight, n.rank
                from movie_neighbours n
                where n.version = ? and n.kind = ? and n.movie_id = any(?::bigint[])""";
        List<Object> parameters = new ArrayList<>();
        for (NeighbourKind kind : kinds) {
            parameters.add(version);
            parameters.add(code(kind));
            parameters.add(ids(missing.get(kind)));
        }
        List<Row> rows =
                sql.list(
                        String.join("\nunion all\n", Collections.nCopies(kinds.size(), perKind))
                                + "\norder by 1, 2, 5",
                        parameters,
                        row ->
                                new Row(
                                        row.getShort(1),
                                        row.getLong(2),
                                        row.getLong(3),
                                        row.getFloat(4)));
        int next = 0;
        for (NeighbourKind kind : kinds) {
            short code = code(kind);
            Map<Long, NeighbourList> found = new HashMap<>();
            while (next < rows.size() && rows.get(next).kind() == code) {
                int from = next;
                long movie = rows.get(from).movie();
                while (next < rows.size()
                        && rows.get(next).kind() == code
                        && rows.get(next).movie() == movie) {
                    next++;
                }
                long[] neighbours = new long[next - from];
                double[] weights = new double[next - from];
                for (int i = from; i < next; i++) {
                    neighbours[i - from] = rows.get(i).neighbour();
                    weights[i - from] = rows.get(i).weight();
                }
                found.put(movie, new NeighbourList(neighbours, weights));
            }
            for (long movie : missing.get(kind)) {
                NeighbourList list = found.getOrDefault(movie, NeighbourList.NONE);
                cache.put(version, code, movie, list);
                read.put(kind, movie, list);
            }
        }
    }

    @Override
    @Transactional
    public Map<Long, Double> popularityOf(Collection<Long> movieIds) {
        Optional<Long> active = activeVersion();
        if (active.isEmpty() || movieIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Double> popularity = new HashMap<>();
        sql.list(
                        """
                        select p.movie_id, p.popularity::float8 from movie_model_popularity p
                        where p.version = ? and p.movie_id = any(?::bigint[])""",
                        List.of(active.get(), ids(movieIds)),
                        row -> new MoviePopularity(row.getLong(1), Math.min(1, row.getDouble(2))))
                .forEach(movie -> popularity.put(movie.movieId(), movie.popularity()));
        return popularity;
    }

    private static SqlArray ids(Collection<Long> movieIds) {
        return new SqlArray(
                "bigint", movieIds.stream().map(String::valueOf).toArray(String[]::new));
    }

    @Override
    @Transactional
    public List<MoviePopularity> mostPopular(int count) {
        Optional<Long> active = activeVersion();
        if (active.isEmpty()) {
            return List.of();
        }
        long version = active.get();
        Optional<List<MoviePopularity>> cached = cache.ranking(version, count);
        if (cached.isPresent()) {
            return cached.get();
        }
        List<MoviePopularity> ranking =
                sql.list(
                        """
                        select p.movie_id, p.popularity::float8
                        from movie_model_popularity p
                        where p.version = ?
                        order by p.popularity desc, p.movie_id
                        limit ?""",
                        List.of(version, count),
                        row -> new MoviePopularity(row.getLong(1), Math.min(1, row.getDouble(2))));
        cache.putRanking(version, ranking, count);
        return ranking;
    }

    @Override
    @Transactional
    public Optional<Long> activeVersion() {
        return sql.one(
                "select version from recommendation_models where active",
                List.of(),
                row -> row.getLong(1));
    }

    /** The kind's code in {@code movie_neighbours.kind}. */
    private static short code(NeighbourKind kind) {
        return switch (kind) {
            case SIMILAR -> 1;
            case RATED_AFTER -> 2;
        };
    }

    private static <T> SqlArray column(List<T> rows, Function<T, Object> value, String type) {
        String[] values = new String[rows.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = String.valueOf(value.apply(rows.get(i)));
        }
        return new SqlArray(type, values);
    }
}

package dev.marquee.adapters.persistence.recommendation;

import dev.marquee.adapters.persistence.shared.Sql;
import dev.marquee.adapters.persistence.shared.Sql.SqlArray;
import dev.marquee.domain.port.out.RecommendationModels;
import dev.marquee.domain.recommendation.BuiltModel;
import dev.marquee.domain.recommendation.ContentFeature;
import dev.marquee.domain.recommendation.ContentNeighbour;
import dev.marquee.domain.recommendation.ModelNeighbours;
import dev.marquee.domain.recommendation.MovieContent;
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
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * The model tables of V7 (and V10's content rows). A build writes its rows as one array per column
 * ({@code unnest}) in batches, and flips the active version in the same transaction; the build lock
 * is a session advisory lock on its own connection, so it is held for the whole build and released
 * if the process dies. Rows of movies deleted since the ratings were read are left out rather than
 * failing the build.
 */
@Singleton
public class RecommendationModelAdapter implements RecommendationModels {

    static final int ROWS_PER_STATEMENT = 20_000;
    private static final long BUILD_LOCK = 0x4d51_5245_4342_4c44L;

    /** Separates a content row's shared features when they travel as one text. */
    private static final char FEATURE_SEPARATOR = 31;

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

    /**
     * A build's reads scan whole tables, off the request path: the server's 10 s statement timeout
     * (which keeps requests from waiting on a stalled database) would stop them on a large
     * catalogue (at 1M movies counting the raters of 9.6M ratings takes longer, and the scheduled
     * rebuild failed at every start). {@code set local} lifts it for the current transaction only.
     */
    private void liftStatementTimeout() {
        sql.update("set local statement_timeout = 0", List.of());
    }

    @Override
    @Transactional
    public RatingsShape ratingsShape() {
        liftStatementTimeout();
        return sql.one(
                        "select count(*), count(distinct user_id), count(distinct movie_id) from ratings",
                        List.of(),
                        row -> new RatingsShape(row.getLong(1), row.getLong(2), row.getLong(3)))
                .orElse(RatingsShape.EMPTY);
    }

    @Override
    @Transactional
    public long movieCount() {
        return sql.one("select count(*) from movies", List.of(), row -> row.getLong(1)).orElse(0L);
    }

    @Override
    @Transactional
    public List<RecordedRating> allRatings() {
        liftStatementTimeout();
        return sql.list(
                "select user_id, movie_id, score::float8, extract(epoch from updated_at)::bigint from ratings",
                List.of(),
                row ->
                        new RecordedRating(
                                row.getLong(1), row.getLong(2), row.getDouble(3), row.getLong(4)));
    }

    /**
     * Genres, keywords and the leading and supporting cast (background extras say little of a
     * movie), by movie id.
     */
    @Override
    @Transactional
    public List<MovieContent> allMovieContent() {
        liftStatementTimeout();
        record Feature(long movie, ContentFeature feature) {}
        List<Feature> features =
                sql.list(
                        """
                        select mg.movie_id, 1, g.id, g.name::text from movie_genres mg join genres g on g.id = mg.genre_id
                        union all
                        select m.id, 2, 0, k.word from movies m cross join lateral unnest(m.keywords) as k(word)
                        union all
                        select c.movie_id, 3, p.id, p.first_name || coalesce(' ' || p.last_name, '')
                        from cast_credits c join persons p on p.id = c.actor_id
                        where c.role in ('LEADING', 'SUPPORTING')
                        order by 1, 2, 3, 4""",
                        List.of(),
                        row ->
                                new Feature(
                                        row.getLong(1),
                                        new ContentFeature(
                                                FEATURE_KINDS[row.getInt(2) - 1],
                                                row.getLong(3),
                                                row.getString(4))));
        List<MovieContent> movies = new ArrayList<>();
        List<ContentFeature> ofMovie = new ArrayList<>();
        for (int i = 0; i < features.size(); i++) {
            ofMovie.add(features.get(i).feature());
            if (i + 1 == features.size()
                    || features.get(i + 1).movie() != features.get(i).movie()) {
                movies.add(new MovieContent(features.get(i).movie(), ofMovie));
                ofMovie = new ArrayList<>();
            }
        }
        return movies;
    }

    private static final ContentFeature.Kind[] FEATURE_KINDS = {
        ContentFeature.Kind.GENRE, ContentFeature.Kind.KEYWORD, ContentFeature.Kind.CAST
    };

    private static String encode(List<ContentFeature> shared) {
        StringBuilder text = new StringBuilder();
        for (ContentFeature feature : shared) {
            if (!text.isEmpty()) {
                text.append(FEATURE_SEPARATOR);
            }
            text.append(feature.kind().name().charAt(0))
                    .append('|')
                    .append(feature.id())
                    .append('|')
                    .append(feature.name().replace(FEATURE_SEPARATOR, ' '));
        }
        return text.toString();
    }

    private static List<ContentFeature> decode(String text) {
        List<ContentFeature> shared = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return shared;
        }
        for (String feature : text.split(String.valueOf(FEATURE_SEPARATOR))) {
            String[] parts = feature.split("\\|", 3);
            if (parts.length == 3) {
                ContentFeature.Kind kind =
                        switch (parts[0]) {
                            case "G" -> ContentFeature.Kind.GENRE;
                            case "C" -> ContentFeature.Kind.CAST;
                            default -> ContentFeature.Kind.KEYWORD;
                        };
                shared.add(new ContentFeature(kind, Long.parseLong(parts[1]), parts[2]));
            }
        }
        return shared;
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
        publishContent(version, model.content());
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

    /** Content rows come by movie, each movie's strongest first: rank 1 is the first of a movie. */
    private void publishContent(long version, List<ContentNeighbour> content) {
        int rank = 0;
        for (int from = 0; from < content.size(); from += ROWS_PER_STATEMENT) {
            int to = Math.min(content.size(), from + ROWS_PER_STATEMENT);
            List<ContentNeighbour> batch = content.subList(from, to);
            String[] ranks = new String[to - from];
            String[] shared = new String[to - from];
            for (int i = from; i < to; i++) {
                boolean continues =
                        i > 0 && content.get(i - 1).movieId() == content.get(i).movieId();
                rank = continues ? rank + 1 : 1;
                ranks[i - from] = Integer.toString(rank);
                shared[i - from] = encode(content.get(i).shared());
            }
            sql.update(
                    """
                    insert into movie_neighbours (version, kind, movie_id, rank, neighbour_id, weight, shared)
                    select ?, 3, t.movie_id, t.rank, t.neighbour_id, t.weight, string_to_array(t.shared, chr(31))
                    from unnest(?::bigint[], ?::smallint[], ?::bigint[], ?::real[], ?::text[])
                        as t(movie_id, rank, neighbour_id, weight, shared)
                    where exists (select 1 from movies m where m.id = t.movie_id)
                      and exists (select 1 from movies m where m.id = t.neighbour_id)""",
                    List.of(
                            version,
                            column(batch, ContentNeighbour::movieId, "bigint"),
                            new SqlArray("smallint", ranks),
                            column(batch, ContentNeighbour::neighbourId, "bigint"),
                            column(batch, ContentNeighbour::weight, "real"),
                            new SqlArray("text", shared)));
        }
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
    public List<ContentNeighbour> contentNeighboursOf(Collection<Long> movies) {
        if (movies.isEmpty()) {
            return List.of();
        }
        Optional<Long> active = activeVersion();
        if (active.isEmpty()) {
            return List.of();
        }
        long version = active.get();
        TreeMap<Long, List<ContentNeighbour>> byMovie = new TreeMap<>();
        List<Long> missing = new ArrayList<>();
        for (long movie : movies) {
            Optional<List<ContentNeighbour>> cached = cache.content(version, movie);
            if (cached.isPresent()) {
                byMovie.put(movie, cached.get());
            } else {
                missing.add(movie);
            }
        }
        if (!missing.isEmpty()) {
            Map<Long, List<ContentNeighbour>> read = new HashMap<>();
            sql.list(
                            """
                            select n.movie_id, n.neighbour_id, n.weight,
                                   coalesce((select p.popularity from movie_model_popularity p
                                             where p.version = n.version and p.movie_id = n.neighbour_id), 0),
                                   array_to_string(n.shared, chr(31))
                            from movie_neighbours n
                            where n.version = ? and n.kind = 3 and n.movie_id = any(?::bigint[])
                            order by n.movie_id, n.rank""",
                            List.of(version, ids(missing)),
                            row ->
                                    new ContentNeighbour(
                                            row.getLong(1),
                                            row.getLong(2),
                                            row.getFloat(3),
                                            decode(row.getString(5)),
                                            Math.min(1, row.getFloat(4))))
                    .forEach(
                            row ->
                                    read.computeIfAbsent(row.movieId(), m -> new ArrayList<>())
                                            .add(row));
            for (long movie : missing) {
                List<ContentNeighbour> rows = List.copyOf(read.getOrDefault(movie, List.of()));
                cache.putContent(version, movie, rows);
                byMovie.put(movie, rows);
            }
        }
        List<ContentNeighbour> rows = new ArrayList<>();
        byMovie.values().forEach(rows::addAll);
        return rows;
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
            case CONTENT -> 3;
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

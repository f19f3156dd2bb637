package dev.marquee.adapters.persistence.imports;

import dev.marquee.adapters.persistence.shared.Sql;
import dev.marquee.adapters.persistence.shared.Sql.SqlArray;
import dev.marquee.domain.genre.GenreName;
import dev.marquee.domain.imports.ImportCounts;
import dev.marquee.domain.imports.ImportReport;
import dev.marquee.domain.imports.MovieLensLink;
import dev.marquee.domain.imports.MovieLensMovie;
import dev.marquee.domain.imports.MovieLensRating;
import dev.marquee.domain.imports.TmdbMovie;
import dev.marquee.domain.port.out.CatalogueImports;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Imports in bulk: each batch goes to PostgreSQL as one array per column ({@code unnest}), a few
 * statements per batch of thousands of rows, all in one transaction. Every write is an upsert on
 * the source's key that only touches rows whose values differ, so a re-run counts them as
 * unchanged. Rating aggregates and popularity follow through the statement-level triggers of V6,
 * exactly as for ratings written through the API.
 */
@Singleton
public class CatalogueImportAdapter implements CatalogueImports {

    /**
     * Separates the items of a list inside one array element; validated text never contains control
     * characters.
     */
    static final String SEPARATOR = "\u001f";

    private static final long IMPORT_LOCK = 0x4d51_494d_504f_5254L;

    private final Sql sql;
    private final DataSource dataSource;

    public CatalogueImportAdapter(Sql sql, DataSource dataSource) {
        this.sql = sql;
        this.dataSource = dataSource;
    }

    @Override
    public <T> T exclusively(Supplier<T> work) {
        try (Connection connection =
                DelegatingDataSource.unwrapDataSource(dataSource).getConnection()) {
            if (!advisoryLock(connection, "select pg_try_advisory_lock(?)")) {
                throw new IllegalStateException(
                        "another import is running against this database; try again when it is done");
            }
            try {
                return work.get();
            } finally {
                advisoryLock(connection, "select pg_advisory_unlock(?)");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not take the import lock: " + e.getMessage(), e);
        }
    }

    private static boolean advisoryLock(Connection connection, String statement)
            throws SQLException {
        try (PreparedStatement prepared = connection.prepareStatement(statement)) {
            prepared.setLong(1, IMPORT_LOCK);
            try (ResultSet result = prepared.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    @Override
    @Transactional
    public ImportReport upsertTmdbMovies(List<TmdbMovie> movies) {
        ImportReport report = new ImportReport();
        report.add(
                "genres",
                createGenres(movies.stream().flatMap(movie -> movie.genres().stream()).toList()));
        List<TmdbMovie.Country> countries =
                movies.stream().flatMap(movie -> movie.productionCountries().stream()).toList();
        long countriesCreated =
                sql.count(
                        """
                with created as (
                    insert into countries (code, name)
                    select distinct on (code) code, name from unnest(?::text[], ?::text[]) as t(code, name)
                    on conflict do nothing
                    returning 1)
                select count(*) from created""",
                        List.of(
                                column(countries, "text", country -> country.code().value()),
                                column(countries, "text", country -> country.name().value())));
        report.add("countries", ImportCounts.of(countriesCreated, 0, 0));
        report.add(
                "movies",
                upserted(
                        movies.size(),
                        sql.one(
                                TmdbSql.UPSERT_MOVIES,
                                List.of(
                                        column(movies, "integer", TmdbMovie::tmdbId),
                                        column(movies, "text", TmdbMovie::title),
                                        column(movies, "text", TmdbMovie::originalTitle),
                                        column(movies, "text", TmdbMovie::overview),
                                        column(movies, "text", TmdbMovie::tagline),
                                        column(movies, "numeric", movie -> plain(movie.budget())),
                                        column(movies, "numeric", movie -> plain(movie.revenue())),
                                        column(movies, "integer", TmdbMovie::runtime),
                                        column(movies, "date", TmdbMovie::releaseDate),
                                        column(
                                                movies,
                                                "text",
                                                movie ->
                                                        movie.status() == null
                                                                ? null
                                                                : movie.status().name()),
                                        column(movies, "text", TmdbMovie::originalLanguage),
                                        column(movies, "float8", TmdbMovie::popularity),
                                        column(
                                                movies,
                                                "numeric",
                                                movie -> plain(movie.voteAverage())),
                                        column(movies, "integer", TmdbMovie::voteCount),
                                        column(
                                                movies,
                                                "text",
                                                movie ->
                                                        movie.country() == null
                                                                ? null
                                                                : movie.country().code().value()),
                                        column(
                                                movies,
                                                "text",
                                                movie -> String.join(SEPARATOR, movie.keywords()))),
                                CatalogueImportAdapter::pair)));
        report.add(
                "genre links",
                syncGenres(
                        TmdbSql.DESCRIBED_BY_TMDB,
                        column(movies, "integer", TmdbMovie::tmdbId),
                        column(movies, "text", movie -> names(movie.genres()))));
        return report;
    }

    @Override
    @Transactional
    public ImportReport upsertMovieLensLinks(List<MovieLensLink> links) {
        long[] counts =
                sql.one(
                                MovieLensSql.UPSERT_LINKS,
                                List.of(
                                        column(links, "integer", MovieLensLink::movieLensId),
                                        column(
                                                links,
                                                "text",
                                                link ->
                                                        link.imdbId() == null
                                                                ? null
                                                                : link.imdbId().value()),
                                        column(links, "integer", MovieLensLink::tmdbId)),
                                CatalogueImportAdapter::pair)
                        .orElseThrow();
        return new ImportReport()
                .add(
                        "links",
                        ImportCounts.of(
                                counts[0], counts[1], links.size() - counts[0] - counts[1]));
    }

    @Override
    @Transactional
    public ImportReport upsertMovieLensMovies(List<MovieLensMovie> movies) {
        SqlArray ids = column(movies, "integer", MovieLensMovie::movieLensId);
        SqlArray titles = column(movies, "text", MovieLensMovie::title);
        SqlArray years = column(movies, "integer", MovieLensMovie::year);
        long joined = sql.count(MovieLensSql.JOIN_LINKED_MOVIES, List.of(ids));
        long created = sql.count(MovieLensSql.CREATE_MISSING_MOVIES, List.of(ids, titles, years));
        long updated = sql.count(MovieLensSql.UPDATE_DESCRIBED_MOVIES, List.of(ids, titles, years));
        ImportReport report = new ImportReport();
        report.add(
                "genres",
                createGenres(movies.stream().flatMap(movie -> movie.genres().stream()).toList()));
        report.add(
                "movies",
                ImportCounts.of(
                        created,
                        joined + updated,
                        Math.max(0, movies.size() - created - joined - updated)));
        report.note(
                "MovieLens movies joined to an existing movie by TMDB or IMDb id (counted as updated)",
                joined);
        report.add("alt. titles", syncAlternateTitles(movies));
        report.add(
                "genre links",
                syncGenres(
                        MovieLensSql.DESCRIBED_BY_MOVIELENS,
                        ids,
                        column(movies, "text", movie -> names(movie.genres()))));
        return report;
    }

    @Override
    @Transactional
    public ImportReport upsertMovieLensUsers(Collection<Integer> userIds) {
        long created =
                sql.count(
                        """
                with created as (
                    insert into users (username)
                    select 'movielens-' || u from unnest(?::integer[]) as u
                    on conflict ((lower(username))) do nothing
                    returning 1)
                select count(*) from created""",
                        List.of(
                                new SqlArray(
                                        "integer",
                                        userIds.stream()
                                                .map(String::valueOf)
                                                .toArray(String[]::new))));
        return new ImportReport()
                .add("users", ImportCounts.of(created, 0, userIds.size() - created));
    }

    @Override
    @Transactional
    public ImportReport upsertMovieLensRatings(List<MovieLensRating> ratings) {
        long[] counts =
                sql.one(
                                MovieLensSql.UPSERT_RATINGS,
                                List.of(
                                        column(ratings, "integer", MovieLensRating::userId),
                                        column(ratings, "integer", MovieLensRating::movieLensId),
                                        column(
                                                ratings,
                                                "numeric",
                                                rating -> rating.score().value().toPlainString()),
                                        column(
                                                ratings,
                                                "timestamptz",
                                                rating -> rating.ratedAt().toString())),
                                row ->
                                        new long[] {
                                            row.getLong("distinct_rows"),
                                            row.getLong("resolved"),
                                            row.getLong("created"),
                                            row.getLong("updated")
                                        })
                        .orElseThrow();
        ImportReport report =
                new ImportReport()
                        .add(
                                "ratings",
                                ImportCounts.of(
                                        counts[2], counts[3], counts[1] - counts[2] - counts[3]));
        report.skip(
                "ratings: repeats a user and movie pair of the same file",
                ratings.size() - counts[0]);
        report.skip("ratings: the movie is not in the movies file", counts[0] - counts[1]);
        return report;
    }

    private ImportCounts createGenres(List<GenreName> genres) {
        Map<String, String> byLowerName = new LinkedHashMap<>();
        genres.forEach(
                genre ->
                        byLowerName.putIfAbsent(
                                genre.value().toLowerCase(Locale.ROOT), genre.value()));
        long created =
                sql.count(
                        """
                with created as (
                    insert into genres (name) select unnest(?::text[])
                    on conflict ((lower(name))) do nothing
                    returning 1)
                select count(*) from created""",
                        List.of(new SqlArray("text", byLowerName.values().toArray(String[]::new))));
        return ImportCounts.of(created, 0, 0);
    }

    /**
     * Makes the genre links of the given movies exactly their source's genres; {@code movies}
     * selects the movies.
     */
    private ImportCounts syncGenres(String movies, SqlArray keys, SqlArray genreNames) {
        long[] counts =
                sql.one(
                                """
                with input as (select * from unnest(?::integer[], ?::text[]) as t(source_id, genre_names)),
                described as (%s),
                desired as (
                    select distinct d.movie_id, g.id as genre_id
                    from described d
                    cross join lateral unnest(string_to_array(d.genre_names, chr(31))) as n(name)
                    join genres g on lower(g.name) = lower(n.name)),
                removed as (
                    delete from movie_genres mg using described d
                    where mg.movie_id = d.movie_id
                      and not exists (select 1 from desired x where x.movie_id = mg.movie_id and x.genre_id = mg.genre_id)
                    returning 1),
                added as (
                    insert into movie_genres (movie_id, genre_id) select movie_id, genre_id from desired
                    on conflict do nothing
                    returning 1)
                select (select count(*) from added) as added, (select count(*) from removed) as removed"""
                                        .formatted(movies),
                                List.of(keys, genreNames),
                                row -> new long[] {row.getLong("added"), row.getLong("removed")})
                        .orElseThrow();
        return new ImportCounts(counts[0], 0, 0, counts[1]);
    }

    private static ImportCounts upserted(int rows, Optional<long[]> counts) {
        long[] createdAndUpdated = counts.orElseThrow();
        return ImportCounts.of(
                createdAndUpdated[0],
                createdAndUpdated[1],
                rows - createdAndUpdated[0] - createdAndUpdated[1]);
    }

    private static long[] pair(ResultSet row) throws SQLException {
        return new long[] {row.getLong("created"), row.getLong("updated")};
    }

    /**
     * One column of a batch as an array of the given SQL type, its elements in their text form
     * (null stays null).
     */
    private ImportCounts syncAlternateTitles(List<MovieLensMovie> movies) {
        List<Object[]> pairs = new ArrayList<>();
        for (MovieLensMovie movie : movies) {
            for (String title : movie.titles()) {
                pairs.add(new Object[] {movie.movieLensId(), title});
            }
        }
        long[] counts =
                sql.one(
                                MovieLensSql.SYNC_ALTERNATE_TITLES,
                                List.of(
                                        column(pairs, "integer", pair -> pair[0]),
                                        column(pairs, "text", pair -> pair[1])),
                                row ->
                                        new long[] {
                                            row.getLong("created"),
                                            row.getLong("wanted"),
                                            row.getLong("removed")
                                        })
                        .orElseThrow();
        return new ImportCounts(counts[0], 0, counts[1] - counts[0], counts[2]);
    }

    private static <T> SqlArray column(List<T> rows, String type, Function<T, Object> value) {
        String[] values = new String[rows.size()];
        for (int i = 0; i < values.length; i++) {
            Object element = value.apply(rows.get(i));
            values[i] = element == null ? null : element.toString();
        }
        return new SqlArray(type, values);
    }

    private static String names(List<GenreName> genres) {
        return String.join(SEPARATOR, genres.stream().map(GenreName::value).toList());
    }

    private static String plain(BigDecimal amount) {
        return amount == null ? null : amount.toPlainString();
    }
}

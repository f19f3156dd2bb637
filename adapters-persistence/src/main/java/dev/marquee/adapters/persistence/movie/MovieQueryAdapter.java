package dev.marquee.adapters.persistence.movie;

import dev.marquee.adapters.persistence.cast.CastCreditViews;
import dev.marquee.adapters.persistence.shared.Rows;
import dev.marquee.adapters.persistence.shared.Sql;
import dev.marquee.adapters.persistence.shared.SqlClauses;
import dev.marquee.domain.movie.MovieFilter;
import dev.marquee.domain.movie.MovieId;
import dev.marquee.domain.movie.MovieStatus;
import dev.marquee.domain.port.out.MovieQueries;
import dev.marquee.domain.shared.Page;
import dev.marquee.domain.shared.PageRequest;
import dev.marquee.domain.user.UserId;
import dev.marquee.domain.view.CastCreditView;
import dev.marquee.domain.view.CountryRef;
import dev.marquee.domain.view.FileView;
import dev.marquee.domain.view.MovieSummary;
import dev.marquee.domain.view.MovieView;
import dev.marquee.domain.view.MyMovieState;
import dev.marquee.domain.view.Named;
import dev.marquee.domain.view.RatingSummary;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Movie read models in SQL: lists filtered on indexed expressions, and the detail page in exactly
 * two queries (the movie with its country, director, genres and rating histogram; then its whole
 * cast).
 */
@Singleton
public class MovieQueryAdapter implements MovieQueries {

    private static final Map<String, String> SORT_COLUMNS =
            Map.of(
                    "title", "lower(m.title)",
                    "releaseDate", "m.release_date",
                    "averageRating", "m.average_rating",
                    "ratingCount", "m.rating_count",
                    "popularity", "m.popularity",
                    "createdAt", "m.created_at");

    static final String DETAIL =
            """
            select m.*, c.code as country_code, c.name as country_name,
                   f.file_name as poster_file_name, f.mime_type as poster_mime_type, f.size_bytes as poster_size,
                   d.first_name as director_first_name, d.last_name as director_last_name,
                   array(select g.id from movie_genres mg join genres g on g.id = mg.genre_id
                         where mg.movie_id = m.id order by g.name) as genre_ids,
                   array(select g.name from movie_genres mg join genres g on g.id = mg.genre_id
                         where mg.movie_id = m.id order by g.name) as genre_names,
                   m.rating_histogram
            from movies m
            left join countries c on c.id = m.country_id
            left join persons d on d.id = m.director_id
            left join files f on f.id = m.poster_file_id
            where m.id = ?""";

    static final String CAST =
            CastCreditViews.SELECT + " where cc.movie_id = ?" + CastCreditViews.LEADING_FIRST;

    static final String MY_STATE =
            """
            select exists (select 1 from favorites where user_id = ? and movie_id = ?) as favorite,
                   exists (select 1 from watchlist_entries where user_id = ? and movie_id = ?) as watchlisted,
                   (select score from ratings where user_id = ? and movie_id = ?) as rating""";

    private final Sql sql;

    public MovieQueryAdapter(Sql sql) {
        this.sql = sql;
    }

    @Override
    @Transactional(readOnly = true)
    public Page<MovieSummary> findSummaries(MovieFilter filter, PageRequest request) {
        List<Object> parameters = new ArrayList<>();
        String where = where(filter, parameters);
        return sql.page(
                "select count(*) from movies m" + where,
                "select "
                        + MovieSummaries.COLUMNS
                        + " from movies m"
                        + where
                        + SqlClauses.orderBy(request, SORT_COLUMNS, "m.id"),
                parameters,
                request,
                MovieSummaries::map);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<MovieView> findView(MovieId id) {
        return sql.one(DETAIL, List.of(id.value()), row -> toView(row, cast(id)));
    }

    @Override
    @Transactional(readOnly = true)
    public MyMovieState findMyState(MovieId id, UserId user) {
        return sql.one(
                        MY_STATE,
                        List.of(
                                user.value(),
                                id.value(),
                                user.value(),
                                id.value(),
                                user.value(),
                                id.value()),
                        row ->
                                new MyMovieState(
                                        row.getBoolean("favorite"),
                                        row.getBoolean("watchlisted"),
                                        row.getBigDecimal("rating")))
                .orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public Page<CastCreditView> findCast(MovieId id, PageRequest request) {
        return sql.page(
                "select count(*) from cast_credits cc where cc.movie_id = ?",
                CAST,
                List.of(id.value()),
                request,
                CastCreditViews::map);
    }

    private List<CastCreditView> cast(MovieId id) {
        return sql.list(CAST, List.of(id.value()), CastCreditViews::map);
    }

    /**
     * The WHERE clause of a filter, every condition an indexed expression; parameters are appended
     * in order.
     */
    private static String where(MovieFilter filter, List<Object> parameters) {
        List<String> conditions = new ArrayList<>();
        for (String genre : filter.genres()) {
            if (SqlClauses.isId(genre)) {
                conditions.add(
                        "exists (select 1 from movie_genres mg where mg.movie_id = m.id and mg.genre_id = ?)");
                parameters.add(Long.parseLong(genre));
            } else {
                conditions.add(
                        "exists (select 1 from movie_genres mg join genres g on g.id = mg.genre_id"
                                + " where mg.movie_id = m.id and lower(g.name) = lower(?))");
                parameters.add(genre);
            }
        }
        if (filter.country() != null) {
            SqlClauses.countryIs("m.country_id", filter.country(), conditions, parameters);
        }
        if (filter.yearFrom() != null) {
            conditions.add("m.release_year >= ?");
            parameters.add(filter.yearFrom());
        }
        if (filter.yearTo() != null) {
            conditions.add("m.release_year <= ?");
            parameters.add(filter.yearTo());
        }
        if (filter.directorId() != null) {
            conditions.add("m.director_id = ?");
            parameters.add(filter.directorId().value());
        }
        if (filter.actorId() != null) {
            conditions.add(
                    "exists (select 1 from cast_credits cc where cc.movie_id = m.id and cc.actor_id = ?)");
            parameters.add(filter.actorId().value());
        }
        if (filter.q() != null) {
            SqlClauses.containsEveryWord(
                    "marquee_fold(m.title)", filter.q(), conditions, parameters);
        }
        return SqlClauses.where(conditions);
    }

    private static MovieView toView(ResultSet row, List<CastCreditView> cast) throws SQLException {
        List<Long> genreIds = Rows.longs(row, "genre_ids");
        List<String> genreNames = Rows.strings(row, "genre_names");
        List<Named> genres = new ArrayList<>();
        for (int i = 0; i < genreIds.size(); i++) {
            genres.add(new Named(genreIds.get(i), genreNames.get(i)));
        }
        Integer[] counts = (Integer[]) row.getArray("rating_histogram").getArray();
        Map<String, Integer> histogram = new HashMap<>();
        for (int i = 0; i < RatingSummary.SCORES.length; i++) {
            histogram.put(RatingSummary.SCORES[i], counts[i]);
        }
        Long countryId = Rows.nullableLong(row, "country_id");
        Long directorId = Rows.nullableLong(row, "director_id");
        String status = row.getString("status");
        return new MovieView(
                row.getLong("id"),
                row.getString("title"),
                row.getString("description"),
                row.getString("tagline"),
                Rows.decimal(row, "budget"),
                Rows.decimal(row, "revenue"),
                Rows.date(row, "release_date"),
                Rows.nullableInt(row, "release_year"),
                Rows.nullableInt(row, "duration"),
                countryId == null
                        ? null
                        : new CountryRef(
                                countryId,
                                row.getString("country_code"),
                                row.getString("country_name")),
                directorId == null
                        ? null
                        : new Named(
                                directorId,
                                Rows.displayName(row, "director_first_name", "director_last_name")),
                genres,
                posterOf(row),
                cast,
                Rows.nullableInt(row, "tmdb_id"),
                row.getString("imdb_id"),
                row.getString("original_language"),
                status == null ? null : MovieStatus.valueOf(status),
                row.getDouble("popularity"),
                new RatingSummary(
                        Rows.decimal(row, "average_rating"), row.getInt("rating_count"), histogram),
                Rows.instant(row, "created_at"),
                Rows.instant(row, "updated_at"));
    }

    private static FileView posterOf(ResultSet row) throws SQLException {
        Long posterId = Rows.nullableLong(row, "poster_file_id");
        return posterId == null
                ? null
                : new FileView(
                        posterId,
                        row.getString("poster_file_name"),
                        row.getString("poster_mime_type"),
                        row.getLong("poster_size"));
    }
}

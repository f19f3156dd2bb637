package dev.marquee.adapters.persistence.recommendation;

import dev.marquee.adapters.persistence.movie.MovieSummaries;
import dev.marquee.adapters.persistence.shared.Rows;
import dev.marquee.adapters.persistence.shared.Sql;
import dev.marquee.adapters.persistence.shared.Sql.SqlArray;
import dev.marquee.adapters.persistence.shared.SqlClauses;
import dev.marquee.domain.movie.MovieId;
import dev.marquee.domain.port.out.RecommendationQueries;
import dev.marquee.domain.recommendation.RecommendationFilter;
import dev.marquee.domain.recommendation.RecordedRating;
import dev.marquee.domain.shared.Page;
import dev.marquee.domain.shared.PageRequest;
import dev.marquee.domain.user.UserId;
import dev.marquee.domain.view.MovieSummary;
import dev.marquee.domain.view.PopularPick;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The read side of a recommendation request, and the dismissals table. */
@Singleton
public class RecommendationQueryAdapter implements RecommendationQueries {

    private static final String NOT_EXCLUDED =
            """
            not exists (select 1 from ratings x where x.user_id = ? and x.movie_id = m.id)
            and not exists (select 1 from favorites x where x.user_id = ? and x.movie_id = m.id)
            and not exists (select 1 from watchlist_entries x where x.user_id = ? and x.movie_id = m.id)
            and not exists (select 1 from recommendation_dismissals x where x.user_id = ? and x.movie_id = m.id)""";

    private final Sql sql;

    public RecommendationQueryAdapter(Sql sql) {
        this.sql = sql;
    }

    @Override
    @Transactional
    public List<RecordedRating> recentRatings(UserId user, int count) {
        return sql.list(
                """
                select user_id, movie_id, score::float8, extract(epoch from updated_at)::bigint from ratings
                where user_id = ? order by updated_at desc, movie_id desc limit ?""",
                List.of(user.value(), count),
                row ->
                        new RecordedRating(
                                row.getLong(1), row.getLong(2), row.getDouble(3), row.getLong(4)));
    }

    @Override
    @Transactional
    public Set<Long> excludedMovies(UserId user) {
        long id = user.value();
        return new HashSet<>(
                sql.list(
                        """
                select movie_id from ratings where user_id = ?
                union select movie_id from favorites where user_id = ?
                union select movie_id from watchlist_entries where user_id = ?
                union select movie_id from recommendation_dismissals where user_id = ?""",
                        List.of(id, id, id, id),
                        row -> row.getLong(1)));
    }

    @Override
    @Transactional
    public Set<Long> matching(Collection<Long> movieIds, RecommendationFilter filter) {
        if (movieIds.isEmpty()) {
            return Set.of();
        }
        List<Object> parameters = new ArrayList<>();
        parameters.add(ids(movieIds));
        String conditions = filterConditions(filter, parameters);
        return new HashSet<>(
                sql.list(
                        "select m.id from movies m where m.id = any(?::bigint[])" + conditions,
                        parameters,
                        row -> row.getLong(1)));
    }

    @Override
    @Transactional
    public Map<Long, MovieSummary> summaries(Collection<Long> movieIds) {
        Map<Long, MovieSummary> byId = new HashMap<>();
        if (!movieIds.isEmpty()) {
            sql.list(
                            "select "
                                    + MovieSummaries.COLUMNS
                                    + " from movies m where m.id = any(?::bigint[])",
                            List.of(ids(movieIds)),
                            MovieSummaries::map)
                    .forEach(summary -> byId.put(summary.id(), summary));
        }
        return byId;
    }

    @Override
    @Transactional
    public Page<PopularPick> popularForNewcomer(
            UserId user, RecommendationFilter filter, PageRequest request) {
        long id = user.value();
        boolean hasFavoriteGenres =
                sql.count(
                                "select count(*) from user_favorite_genres where user_id = ?",
                                List.of(id))
                        > 0;
        List<Object> parameters = new ArrayList<>();
        String from;
        if (hasFavoriteGenres) {
            from =
                    """
                    from movies m
                    join lateral (select g.id as genre_id, g.name as genre_name
                                  from movie_genres mg
                                  join user_favorite_genres f on f.genre_id = mg.genre_id and f.user_id = ?
                                  join genres g on g.id = mg.genre_id
                                  where mg.movie_id = m.id order by g.name limit 1) favorite on true
                    where\s""";
            parameters.add(id);
        } else {
            from = "from movies m where ";
        }
        parameters.addAll(List.of(id, id, id, id));
        String where = NOT_EXCLUDED + filterConditions(filter, parameters);
        String genreColumns =
                hasFavoriteGenres
                        ? ", favorite.genre_id, favorite.genre_name"
                        : ", null::bigint as genre_id, null::text as genre_name";
        return sql.page(
                "select count(*) " + from + where,
                "select "
                        + MovieSummaries.COLUMNS
                        + genreColumns
                        + " "
                        + from
                        + where
                        + " order by m.popularity desc, m.id",
                parameters,
                request,
                row ->
                        new PopularPick(
                                MovieSummaries.map(row),
                                Rows.nullableLong(row, "genre_id"),
                                row.getString("genre_name")));
    }

    @Override
    @Transactional
    public boolean userExists(UserId user) {
        return sql.count("select count(*) from users where id = ?", List.of(user.value())) > 0;
    }

    @Override
    @Transactional
    public void dismiss(UserId user, MovieId movie) {
        sql.update(
                "insert into recommendation_dismissals (user_id, movie_id) values (?, ?) on conflict do nothing",
                List.of(user.value(), movie.value()));
    }

    @Override
    @Transactional
    public void undoDismissal(UserId user, MovieId movie) {
        sql.update(
                "delete from recommendation_dismissals where user_id = ? and movie_id = ?",
                List.of(user.value(), movie.value()));
    }

    /**
     * The filter as {@code and ...} conditions over {@code movies m}; parameters are appended in
     * order.
     */
    private static String filterConditions(RecommendationFilter filter, List<Object> parameters) {
        StringBuilder conditions = new StringBuilder();
        if (filter.genre() != null) {
            if (SqlClauses.isId(filter.genre())) {
                conditions.append(
                        " and exists (select 1 from movie_genres mg where mg.movie_id = m.id and mg.genre_id = ?)");
                parameters.add(Long.parseLong(filter.genre()));
            } else {
                conditions.append(
                        " and exists (select 1 from movie_genres mg join genres g on g.id = mg.genre_id"
                                + " where mg.movie_id = m.id and lower(g.name) = lower(?))");
                parameters.add(filter.genre());
            }
        }
        if (filter.yearFrom() != null) {
            conditions.append(" and m.release_year >= ?");
            parameters.add(filter.yearFrom());
        }
        if (filter.yearTo() != null) {
            conditions.append(" and m.release_year <= ?");
            parameters.add(filter.yearTo());
        }
        return conditions.toString();
    }

    private static SqlArray ids(Collection<Long> movieIds) {
        return new SqlArray(
                "bigint", movieIds.stream().map(String::valueOf).toArray(String[]::new));
    }
}

package dev.marquee.adapters.persistence.library;

import dev.marquee.adapters.persistence.movie.MovieSummaries;
import dev.marquee.adapters.persistence.shared.ConstraintViolations;
import dev.marquee.adapters.persistence.shared.Rows;
import dev.marquee.adapters.persistence.shared.Sql;
import dev.marquee.domain.library.Score;
import dev.marquee.domain.movie.MovieId;
import dev.marquee.domain.port.out.RatingRepository;
import dev.marquee.domain.shared.NotFoundException;
import dev.marquee.domain.shared.Page;
import dev.marquee.domain.shared.PageRequest;
import dev.marquee.domain.user.UserId;
import dev.marquee.domain.view.PublicReview;
import dev.marquee.domain.view.RatingView;
import dev.marquee.domain.view.UserRating;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stores ratings in PostgreSQL; a put is one upsert. The movie's count, average and histogram are
 * kept by the ratings triggers (V5, statement-level since V6) in the same transaction, so they are
 * exact after every change.
 */
@Singleton
public class RatingPersistenceAdapter implements RatingRepository {

    private static final String UPSERT =
            """
            insert into ratings (user_id, movie_id, score, review, created_at, updated_at) values (?, ?, ?, ?, ?, ?)
            on conflict (user_id, movie_id) do update
                set score = excluded.score, review = excluded.review, updated_at = excluded.updated_at
            returning (xmax = 0) as created""";

    private final Sql sql;

    public RatingPersistenceAdapter(Sql sql) {
        this.sql = sql;
    }

    @Override
    @Transactional
    public boolean put(
            UserId user, MovieId movie, Score score, @Nullable String review, Instant now) {
        Timestamp at = Timestamp.from(now);
        return ConstraintViolations.of(
                        Map.of(
                                "ratings_movie_fk",
                                () -> new NotFoundException("movie", movie.value())))
                .translate(
                        () ->
                                sql.one(
                                                UPSERT,
                                                Arrays.asList(
                                                        user.value(),
                                                        movie.value(),
                                                        score.value(),
                                                        review,
                                                        at,
                                                        at),
                                                row -> row.getBoolean("created"))
                                        .orElseThrow());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<RatingView> find(UserId user, MovieId movie) {
        return sql.one(
                "select score, review, created_at, updated_at from ratings where user_id = ? and movie_id = ?",
                List.of(user.value(), movie.value()),
                row ->
                        new RatingView(
                                row.getBigDecimal("score"),
                                row.getString("review"),
                                Rows.instant(row, "created_at"),
                                Rows.instant(row, "updated_at")));
    }

    @Override
    @Transactional
    public void delete(UserId user, MovieId movie) {
        sql.update(
                "delete from ratings where user_id = ? and movie_id = ?",
                List.of(user.value(), movie.value()));
    }

    @Override
    @Transactional(readOnly = true)
    public Page<PublicReview> reviews(MovieId movie, PageRequest request) {
        return sql.page(
                "select count(*) from ratings where movie_id = ? and review is not null",
                """
                select u.username, r.score, r.review, r.created_at from ratings r join users u on u.id = r.user_id
                where r.movie_id = ? and r.review is not null order by r.created_at desc, r.user_id""",
                List.of(movie.value()),
                request,
                row ->
                        new PublicReview(
                                row.getString("username"),
                                row.getBigDecimal("score"),
                                row.getString("review"),
                                Rows.instant(row, "created_at")));
    }

    @Override
    @Transactional(readOnly = true)
    public Page<UserRating> ofUser(UserId user, PageRequest request) {
        return sql.page(
                "select count(*) from ratings where user_id = ?",
                "select "
                        + MovieSummaries.COLUMNS
                        + """
                , r.score, r.review, r.updated_at as rated_at from ratings r join movies m on m.id = r.movie_id
                where r.user_id = ? order by r.updated_at desc, m.id""",
                List.of(user.value()),
                request,
                row ->
                        new UserRating(
                                MovieSummaries.map(row),
                                row.getBigDecimal("score"),
                                row.getString("review"),
                                Rows.instant(row, "rated_at")));
    }
}

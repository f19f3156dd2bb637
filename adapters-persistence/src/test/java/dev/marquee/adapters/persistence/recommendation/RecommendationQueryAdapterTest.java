package dev.marquee.adapters.persistence.recommendation;

import static dev.marquee.adapters.persistence.SharedContext.sql;

import dev.marquee.adapters.persistence.SharedContext;
import dev.marquee.domain.port.out.RecommendationQueries;
import dev.marquee.domain.port.out.RecommendationQueriesContract;
import dev.marquee.domain.user.UserId;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

class RecommendationQueryAdapterTest extends RecommendationQueriesContract {

    private final RecommendationQueries queries = SharedContext.bean(RecommendationQueries.class);

    @Override
    protected RecommendationQueries queries() {
        return queries;
    }

    @Override
    protected UserId existingUser() {
        return new UserId(SharedContext.insertUser());
    }

    @Override
    protected long existingMovie(String title, int year, Long genre, double popularity) {
        long movie =
                sql(
                        "insert into movies (title, release_date) values (?, ?) returning id",
                        title,
                        LocalDate.of(year, 6, 1));
        sql("update movies set popularity = ? where id = ?", popularity, movie);
        if (genre != null) {
            sql("insert into movie_genres (movie_id, genre_id) values (?, ?)", movie, genre);
        }
        return movie;
    }

    @Override
    protected long existingGenre(String name) {
        return sql("insert into genres (name) values (?) returning id", name);
    }

    @Override
    protected void rate(UserId user, long movie, double stars, long atEpochSecond) {
        Timestamp at = Timestamp.from(Instant.ofEpochSecond(atEpochSecond));
        sql(
                "insert into ratings (user_id, movie_id, score, created_at, updated_at) values (?, ?, ?, ?, ?)",
                user.value(),
                movie,
                new BigDecimal(Double.toString(stars)),
                at,
                at);
    }

    @Override
    protected void favorite(UserId user, long movie) {
        sql("insert into favorites (user_id, movie_id) values (?, ?)", user.value(), movie);
    }

    @Override
    protected void watchlist(UserId user, long movie) {
        sql("insert into watchlist_entries (user_id, movie_id) values (?, ?)", user.value(), movie);
    }

    @Override
    protected void likeGenre(UserId user, long genre) {
        sql(
                "insert into user_favorite_genres (user_id, genre_id) values (?, ?)",
                user.value(),
                genre);
    }
}

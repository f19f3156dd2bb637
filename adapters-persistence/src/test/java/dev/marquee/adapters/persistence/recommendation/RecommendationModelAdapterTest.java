package dev.marquee.adapters.persistence.recommendation;

import static dev.marquee.adapters.persistence.SharedContext.sql;
import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.adapters.persistence.SharedContext;
import dev.marquee.domain.port.out.RecommendationModels;
import dev.marquee.domain.port.out.RecommendationModelsContract;
import dev.marquee.domain.recommendation.ContentFeature;
import dev.marquee.domain.recommendation.MovieContent;
import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RecommendationModelAdapterTest extends RecommendationModelsContract {

    private final RecommendationModels models = SharedContext.bean(RecommendationModels.class);

    @Override
    protected RecommendationModels models() {
        return models;
    }

    @Override
    protected long existingMovie() {
        return SharedContext.insertMovie("Modelled");
    }

    @Override
    protected void rate(long movie, double stars, long atEpochSecond) {
        Timestamp at = Timestamp.from(Instant.ofEpochSecond(atEpochSecond));
        sql(
                "insert into ratings (user_id, movie_id, score, created_at, updated_at) values (?, ?, ?, ?, ?)",
                SharedContext.insertUser(),
                movie,
                new java.math.BigDecimal(Double.toString(stars)),
                at,
                at);
    }

    @Test
    void aMoviesContentIsItsGenresKeywordsAndLeadingAndSupportingCast() {
        long movie = SharedContext.insertMovie("Heat");
        long genre = SharedContext.insertGenre();
        sql("insert into movie_genres (movie_id, genre_id) values (?, ?)", movie, genre);
        sql(
                "update movies set keywords = ?::text[] where id = ?",
                "{heist,\"los angeles\"}",
                movie);
        long pacino = SharedContext.insertPerson("Al");
        sql("update persons set last_name = 'Pacino' where id = ?", pacino);
        long extra = SharedContext.insertPerson("Extra");
        sql(
                "insert into cast_credits (movie_id, character_id, actor_id, role) values (?, ?, ?, 'LEADING'),"
                        + " (?, ?, ?, 'BACKGROUND')",
                movie,
                SharedContext.insertCharacter("Vincent Hanna"),
                pacino,
                movie,
                SharedContext.insertCharacter("Passer-by"),
                extra);

        MovieContent content =
                models.allMovieContent().stream()
                        .filter(described -> described.movieId() == movie)
                        .findFirst()
                        .orElseThrow();

        String genreName =
                SharedContext.query(
                                "select name from genres where id = ?",
                                row -> row.getString(1),
                                genre)
                        .get(0);
        assertThat(content.features())
                .containsExactly(
                        ContentFeature.genre(genre, genreName),
                        ContentFeature.keyword("heist"),
                        ContentFeature.keyword("los angeles"),
                        ContentFeature.cast(pacino, "Al Pacino"));
        assertThat(models.allMovieContent()).noneMatch(described -> described.features().isEmpty());
    }
}

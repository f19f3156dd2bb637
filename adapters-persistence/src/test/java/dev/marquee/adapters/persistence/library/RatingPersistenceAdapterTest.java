package dev.marquee.adapters.persistence.library;

import static dev.marquee.adapters.persistence.SharedContext.sql;
import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.adapters.persistence.SharedContext;
import dev.marquee.domain.library.Score;
import dev.marquee.domain.movie.MovieId;
import dev.marquee.domain.port.out.RatingRepository;
import dev.marquee.domain.port.out.RatingRepositoryContract;
import dev.marquee.domain.user.UserId;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RatingPersistenceAdapterTest extends RatingRepositoryContract {

    private final RatingRepository ratings = SharedContext.bean(RatingRepository.class);

    @Override
    protected RatingRepository ratings() {
        return ratings;
    }

    @Override
    protected UserId existingUser(String username) {
        return new UserId(SharedContext.insertUser(username));
    }

    @Override
    protected MovieId existingMovie(String title) {
        return new MovieId(SharedContext.insertMovie(title));
    }

    @Test
    void theMoviesAggregatesFollowEveryPutAndDelete() {
        MovieId movie = existingMovie("Counted");
        UserId ada = existingUser("agg_a_" + unique());
        UserId bob = existingUser("agg_b_" + unique());

        ratings.put(ada, movie, new Score(new BigDecimal("4.0")), null, NOW);
        ratings.put(bob, movie, new Score(new BigDecimal("2.0")), null, NOW);
        ratings.put(bob, movie, new Score(new BigDecimal("3.0")), null, NOW);
        assertThat(sql("select rating_count from movies where id = ?", movie.value())).isEqualTo(2);
        assertThat(sql("select (rating_sum * 10)::bigint from movies where id = ?", movie.value()))
                .isEqualTo(70);

        ratings.delete(ada, movie);
        assertThat(sql("select rating_count from movies where id = ?", movie.value())).isEqualTo(1);
        assertThat(sql("select (rating_sum * 10)::bigint from movies where id = ?", movie.value()))
                .isEqualTo(30);
    }
}

package dev.marquee.domain.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marquee.domain.library.Saved;
import dev.marquee.domain.library.Score;
import dev.marquee.domain.movie.MovieId;
import dev.marquee.domain.shared.PageRequest;
import dev.marquee.domain.user.UserId;
import dev.marquee.domain.view.PublicReview;
import dev.marquee.domain.view.RatingView;
import dev.marquee.domain.view.UserRating;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every RatingRepository must do, run against the in-memory fake and PostgreSQL: one rating
 * per user and movie, replaced in place, listed newest first and ending on an id.
 */
public abstract class RatingRepositoryContract extends ContractSupport {

    protected static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MICROS);

    protected abstract RatingRepository ratings();

    /** An account with this username, which its reviews show. */
    protected abstract UserId existingUser(String username);

    protected abstract MovieId existingMovie(String title);

    @Test
    void aFirstPutCreatesAndASecondReplacesKeepingTheCreationTime() {
        UserId user = existingUser("rater_" + unique());
        MovieId movie = existingMovie("Alien");

        Saved<RatingView> first = ratings().put(user, movie, score("4.5"), "Tense", NOW);
        Saved<RatingView> second =
                ratings().put(user, movie, score("3.0"), null, NOW.plusSeconds(30));

        assertThat(first)
                .isEqualTo(
                        new Saved<>(
                                new RatingView(new BigDecimal("4.5"), "Tense", NOW, NOW), true));
        assertThat(second)
                .isEqualTo(
                        new Saved<>(
                                new RatingView(
                                        new BigDecimal("3.0"), null, NOW, NOW.plusSeconds(30)),
                                false));

        assertThat(ratings().find(user, movie))
                .hasValue(new RatingView(new BigDecimal("3.0"), null, NOW, NOW.plusSeconds(30)));
        assertThat(ratings().find(existingUser("other_" + unique()), movie)).isEmpty();
    }

    @Test
    void ratingAnUnknownMovieIsMovieNotFound() {
        UserId user = existingUser("lost_" + unique());

        assertThatThrownBy(
                        () -> ratings().put(user, new MovieId(UNKNOWN_ID), score("1.0"), null, NOW))
                .satisfies(notFound("movie-not-found"));
    }

    @Test
    void deleteRemovesTheRatingAndDeletingNoneIsNoError() {
        UserId user = existingUser("fickle_" + unique());
        MovieId movie = existingMovie("Aliens");
        ratings().put(user, movie, score("5.0"), "Loud", NOW);

        ratings().delete(user, movie);
        ratings().delete(user, movie);

        assertThat(ratings().find(user, movie)).isEmpty();
        assertThat(ratings().reviews(movie, PageRequest.first(5)).items()).isEmpty();
    }

    @Test
    void reviewsAreTheRatingsWithTextNewestFirstThenByUser() {
        MovieId movie = existingMovie("Blade Runner");
        String suffix = unique();
        UserId early = existingUser("early_" + suffix);
        UserId tiedA = existingUser("tied_a_" + suffix);
        UserId tiedB = existingUser("tied_b_" + suffix);
        UserId silent = existingUser("silent_" + suffix);
        ratings().put(early, movie, score("2.0"), "Slow", NOW.minusSeconds(60));
        ratings().put(tiedB, movie, score("4.0"), "Rain", NOW);
        ratings().put(tiedA, movie, score("4.5"), "Tears", NOW);
        ratings().put(silent, movie, score("1.0"), null, NOW.plusSeconds(5));

        var first = ratings().reviews(movie, new PageRequest(1, 2, List.of()));
        var second = ratings().reviews(movie, new PageRequest(2, 2, List.of()));

        List<String> tied =
                tiedA.value() < tiedB.value()
                        ? List.of("tied_a_" + suffix, "tied_b_" + suffix)
                        : List.of("tied_b_" + suffix, "tied_a_" + suffix);
        assertThat(first.items()).extracting(PublicReview::username).isEqualTo(tied);
        assertThat(second.items())
                .containsExactly(
                        new PublicReview(
                                "early_" + suffix,
                                new BigDecimal("2.0"),
                                "Slow",
                                NOW.minusSeconds(60)));
        assertThat(first.totalItems()).isEqualTo(3);
    }

    @Test
    void aUsersRatingsAreNewestChangeFirstThenByMovie() {
        UserId user = existingUser("critic_" + unique());
        MovieId old = existingMovie("Legend");
        MovieId tiedFirst = existingMovie("Gladiator");
        MovieId tiedSecond = existingMovie("Prometheus");
        ratings().put(user, old, score("3.5"), null, NOW.minusSeconds(100));
        ratings().put(user, tiedSecond, score("2.5"), "Muddled", NOW);
        ratings().put(user, tiedFirst, score("4.0"), null, NOW);
        ratings().put(user, old, score("4.0"), null, NOW.plusSeconds(10));

        var page = ratings().ofUser(user, PageRequest.first(10));

        assertThat(page.items())
                .extracting(rating -> rating.movie().id())
                .containsExactly(old.value(), tiedFirst.value(), tiedSecond.value());
        UserRating rerated = page.items().get(0);
        assertThat(rerated.score()).isEqualByComparingTo("4.0");
        assertThat(rerated.updatedAt()).isEqualTo(NOW.plusSeconds(10));
        assertThat(rerated.movie().title()).isEqualTo("Legend");
    }

    private static Score score(String value) {
        return new Score(new BigDecimal(value));
    }
}

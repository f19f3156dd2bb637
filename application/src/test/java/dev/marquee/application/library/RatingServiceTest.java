package dev.marquee.application.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.marquee.application.fakes.InMemoryMovieRepository;
import dev.marquee.application.fakes.InMemoryRatingRepository;
import dev.marquee.domain.library.Saved;
import dev.marquee.domain.library.Score;
import dev.marquee.domain.movie.MovieId;
import dev.marquee.domain.shared.InvalidInputException;
import dev.marquee.domain.shared.NotFoundException;
import dev.marquee.domain.shared.Page;
import dev.marquee.domain.shared.PageRequest;
import dev.marquee.domain.shared.SortOrder;
import dev.marquee.domain.user.UserId;
import dev.marquee.domain.view.PublicReview;
import dev.marquee.domain.view.RatingView;
import dev.marquee.domain.view.UserRating;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class RatingServiceTest {

    private static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");
    private static final MovieId UNKNOWN = new MovieId(999);

    private final InMemoryMovieRepository movies = new InMemoryMovieRepository();
    private final InMemoryRatingRepository ratings = new InMemoryRatingRepository(movies);
    private final UserId alice = ratings.knowUser(1, "alice");
    private final UserId bob = ratings.knowUser(2, "bob");
    private final UserId carol = ratings.knowUser(3, "carol");
    private final MovieId alien = movies.knowMovie(10, "Alien");
    private final MovieId heat = movies.knowMovie(11, "Heat");
    private final RatingService service = serviceAt(NOW);

    private RatingService serviceAt(Instant instant) {
        return new RatingService(ratings, movies, Clock.fixed(instant, ZoneOffset.UTC));
    }

    private static Score score(String value) {
        return new Score(new BigDecimal(value));
    }

    private static void assertInvalid(ThrowingCallable call, String field) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e ->
                                assertThat(e.violations())
                                        .extracting(InvalidInputException.FieldViolation::field)
                                        .containsExactly(field));
    }

    @Test
    void firstRatingIsCreated() {
        Saved<RatingView> saved = service.rate(alice, alien, score("4.5"), "Tense.");

        assertThat(saved.created()).isTrue();
        assertThat(saved.value().score()).isEqualByComparingTo("4.5");
        assertThat(saved.value().review()).isEqualTo("Tense.");
        assertThat(saved.value().createdAt()).isEqualTo(NOW);
        assertThat(saved.value().updatedAt()).isEqualTo(NOW);
    }

    @Test
    void ratingAgainIsAnUpdateThatKeepsCreatedAtAndChangesScoreAndUpdatedAt() {
        service.rate(alice, alien, score("4.5"), "Tense.");
        Instant later = NOW.plus(Duration.ofDays(1));

        Saved<RatingView> again =
                serviceAt(later).rate(alice, alien, score("3"), "Less tense the second time.");

        assertThat(again.created()).isFalse();
        assertThat(again.value().score()).isEqualByComparingTo("3.0");
        assertThat(again.value().review()).isEqualTo("Less tense the second time.");
        assertThat(again.value().createdAt()).isEqualTo(NOW);
        assertThat(again.value().updatedAt()).isEqualTo(later);
        assertThat(service.rating(alice, alien)).isEqualTo(again.value());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"0", "0.0", "0.25", "5.5", "4.3", "-1", "-0.5", "0.49", "5.01"})
    void scoreRejectsValuesOutsideHalfStarStepsFromHalfToFive(String value) {
        BigDecimal decimal = value == null ? null : new BigDecimal(value);

        assertInvalid(() -> new Score(decimal), "score");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.5", "3", "4.5", "5.0", "5", "1.50"})
    void scoreAcceptsHalfStarStepsFromHalfToFive(String value) {
        assertThat(new Score(new BigDecimal(value)).value()).isEqualByComparingTo(value);
    }

    @Test
    void reviewOfTenThousandCharactersIsAccepted() {
        String review = "a".repeat(10_000);

        assertThat(service.rate(alice, alien, score("4"), review).value().review())
                .isEqualTo(review);
    }

    @Test
    void reviewOfTenThousandAndOneCharactersIsRejectedAndNothingIsStored() {
        assertInvalid(() -> service.rate(alice, alien, score("4"), "a".repeat(10_001)), "review");
        assertThat(ratings.find(alice, alien)).isEmpty();
    }

    @Test
    void reviewLengthCountsCharactersNotUtf16Units() {
        String review = "\uD83C\uDFAC".repeat(10_000);

        assertThat(service.rate(alice, alien, score("4"), review).value().review())
                .isEqualTo(review);
    }

    @Test
    void reviewIsTrimmed() {
        assertThat(service.rate(alice, alien, score("4"), "  Tense.\n").value().review())
                .isEqualTo("Tense.");
    }

    @Test
    void blankReviewIsStoredAsNone() {
        Saved<RatingView> saved = service.rate(alice, alien, score("4"), " \t\n ");

        assertThat(saved.value().review()).isNull();
        assertThat(service.rating(alice, alien).review()).isNull();
    }

    @Test
    void reviewWithANulCharacterIsRejected() {
        assertInvalid(
                () -> service.rate(alice, alien, score("4"), "Tense\u0000 and taut"), "review");
        assertThat(ratings.find(alice, alien)).isEmpty();
    }

    @Test
    void reviewWithAC1ControlCharacterIsRejected() {
        assertInvalid(() -> service.rate(alice, alien, score("4"), "\u009B31mred"), "review");
    }

    @Test
    void overlongReviewOfMostlySpacesIsRejectedQuickly() {
        String review = "x" + " ".repeat(100_000) + "x";

        assertTimeoutPreemptively(
                Duration.ofSeconds(2),
                () ->
                        assertInvalid(
                                () -> service.rate(alice, alien, score("4"), review), "review"));
    }

    @Test
    void rejectedReviewLeavesTheExistingRatingAsItWas() {
        service.rate(alice, alien, score("4"), "Tense.");

        assertInvalid(
                () -> serviceAt(NOW.plusSeconds(60)).rate(alice, alien, score("1"), "\u0007"),
                "review");

        RatingView kept = service.rating(alice, alien);
        assertThat(kept.score()).isEqualByComparingTo("4");
        assertThat(kept.review()).isEqualTo("Tense.");
        assertThat(kept.updatedAt()).isEqualTo(NOW);
    }

    @Test
    void ratingAnUnknownMovieIsNotFound() {
        assertThatThrownBy(() -> service.rate(alice, UNKNOWN, score("4"), null))
                .isInstanceOfSatisfying(
                        NotFoundException.class,
                        e -> assertThat(e.code()).isEqualTo("movie-not-found"));
    }

    @Test
    void ratingOfAnUnratedMovieIsNotFound() {
        service.rate(bob, alien, score("2"), null);

        assertThatThrownBy(() -> service.rating(alice, alien))
                .isInstanceOfSatisfying(
                        NotFoundException.class,
                        e -> assertThat(e.code()).isEqualTo("rating-not-found"));
    }

    @Test
    void unrateRemovesTheRating() {
        service.rate(alice, alien, score("4"), null);

        service.unrate(alice, alien);

        assertThat(ratings.find(alice, alien)).isEmpty();
    }

    @Test
    void unratingTwiceIsNotAnError() {
        service.rate(alice, alien, score("4"), null);
        service.unrate(alice, alien);

        assertThatCode(() -> service.unrate(alice, alien)).doesNotThrowAnyException();
    }

    @Test
    void ratingAgainAfterUnratingIsCreatedAnew() {
        service.rate(alice, alien, score("4"), null);
        service.unrate(alice, alien);
        Instant later = NOW.plusSeconds(60);

        Saved<RatingView> again = serviceAt(later).rate(alice, alien, score("2"), null);

        assertThat(again.created()).isTrue();
        assertThat(again.value().createdAt()).isEqualTo(later);
    }

    @Test
    void reviewsOfAnUnknownMovieAreNotFound() {
        assertThatThrownBy(() -> service.reviews(UNKNOWN, PageRequest.first(20)))
                .isInstanceOfSatisfying(
                        NotFoundException.class,
                        e -> assertThat(e.code()).isEqualTo("movie-not-found"));
    }

    @Test
    void reviewsOfAKnownMovieWithoutRatingsAreEmpty() {
        Page<PublicReview> page = service.reviews(heat, PageRequest.first(20));

        assertThat(page.items()).isEmpty();
        assertThat(page.totalItems()).isZero();
    }

    @Test
    void reviewsExcludeRatingsWithoutTextAndAreNewestFirst() {
        serviceAt(NOW).rate(alice, alien, score("4"), "First!");
        serviceAt(NOW.plusSeconds(1)).rate(bob, alien, score("2"), null);
        serviceAt(NOW.plusSeconds(2)).rate(carol, alien, score("5"), "Best of the series.");

        Page<PublicReview> page = service.reviews(alien, PageRequest.first(20));

        assertThat(page.items())
                .extracting(PublicReview::username)
                .containsExactly("carol", "alice");
        assertThat(page.items())
                .extracting(PublicReview::review)
                .containsExactly("Best of the series.", "First!");
        assertThat(page.items())
                .extracting(PublicReview::createdAt)
                .containsExactly(NOW.plusSeconds(2), NOW);
        assertThat(page.totalItems()).isEqualTo(2);
    }

    @Test
    void reviewsOnlyShowTheRequestedMovie() {
        service.rate(alice, alien, score("4"), "About Alien.");
        service.rate(alice, heat, score("4"), "About Heat.");

        assertThat(service.reviews(heat, PageRequest.first(20)).items())
                .extracting(PublicReview::review)
                .containsExactly("About Heat.");
    }

    @Test
    void reviewsRejectAnySortField() {
        PageRequest byScore = new PageRequest(1, 20, List.of(SortOrder.descending("score")));

        assertInvalid(() -> service.reviews(alien, byScore), "sort");
    }

    @Test
    void ratingsOfReturnsOnlyTheCallersRatingsNewestFirst() {
        serviceAt(NOW).rate(alice, alien, score("4"), "Tense.");
        serviceAt(NOW.plusSeconds(1)).rate(bob, alien, score("1"), "Dull.");
        serviceAt(NOW.plusSeconds(2)).rate(alice, heat, score("3.5"), null);

        Page<UserRating> page = service.ratingsOf(alice, PageRequest.first(20));

        assertThat(page.items())
                .extracting(rating -> rating.movie().title())
                .containsExactly("Heat", "Alien");
        assertThat(page.items()).extracting(UserRating::review).containsExactly(null, "Tense.");
        assertThat(page.totalItems()).isEqualTo(2);
    }

    @Test
    void ratingsOfRejectsAnySortField() {
        PageRequest byTitle = new PageRequest(1, 20, List.of(SortOrder.ascending("title")));

        assertInvalid(() -> service.ratingsOf(alice, byTitle), "sort");
    }
}

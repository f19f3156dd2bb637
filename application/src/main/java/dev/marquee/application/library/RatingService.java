package dev.marquee.application.library;

import dev.marquee.domain.library.Saved;
import dev.marquee.domain.library.Score;
import dev.marquee.domain.movie.MovieId;
import dev.marquee.domain.port.in.RateMoviesUseCase;
import dev.marquee.domain.port.out.MovieRepository;
import dev.marquee.domain.port.out.RatingRepository;
import dev.marquee.domain.shared.NotFoundException;
import dev.marquee.domain.shared.Page;
import dev.marquee.domain.shared.PageRequest;
import dev.marquee.domain.shared.Text;
import dev.marquee.domain.user.UserId;
import dev.marquee.domain.view.PublicReview;
import dev.marquee.domain.view.RatingView;
import dev.marquee.domain.view.UserRating;
import java.time.Clock;
import org.jspecify.annotations.Nullable;

/**
 * Ratings and reviews; the movie's average, count and histogram are kept by the store as ratings
 * change.
 */
public final class RatingService implements RateMoviesUseCase {

    private final RatingRepository ratings;
    private final MovieRepository movies;
    private final Clock clock;

    public RatingService(RatingRepository ratings, MovieRepository movies, Clock clock) {
        this.ratings = ratings;
        this.movies = movies;
        this.clock = clock;
    }

    @Override
    public Saved<RatingView> rate(
            UserId self, MovieId movie, Score score, @Nullable String review) {
        String text = Text.optional(review, "review", MAX_REVIEW_LENGTH);
        boolean created = ratings.put(self, movie, score, text, clock.instant());
        return new Saved<>(rating(self, movie), created);
    }

    @Override
    public RatingView rating(UserId self, MovieId movie) {
        return ratings.find(self, movie)
                .orElseThrow(() -> new NotFoundException("rating", movie.value()));
    }

    @Override
    public void unrate(UserId self, MovieId movie) {
        ratings.delete(self, movie);
    }

    @Override
    public Page<PublicReview> reviews(MovieId movie, PageRequest request) {
        if (!movies.exists(movie)) {
            throw new NotFoundException("movie", movie.value());
        }
        return ratings.reviews(movie, SORTABLE.check(request));
    }

    @Override
    public Page<UserRating> ratingsOf(UserId self, PageRequest request) {
        return ratings.ofUser(self, SORTABLE.check(request));
    }
}

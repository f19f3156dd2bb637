package dev.marquee.domain.port.in;

import dev.marquee.domain.library.Saved;
import dev.marquee.domain.library.Score;
import dev.marquee.domain.movie.MovieId;
import dev.marquee.domain.shared.Page;
import dev.marquee.domain.shared.PageRequest;
import dev.marquee.domain.shared.Sortable;
import dev.marquee.domain.user.UserId;
import dev.marquee.domain.view.PublicReview;
import dev.marquee.domain.view.RatingView;
import dev.marquee.domain.view.UserRating;
import org.jspecify.annotations.Nullable;

/**
 * Half-star ratings with optional reviews: one per user and movie; the movie's aggregates follow at
 * once.
 */
public interface RateMoviesUseCase {

    /** Ratings and reviews are listed newest first and take no other order. */
    Sortable SORTABLE = Sortable.by();

    int MAX_REVIEW_LENGTH = 10_000;

    Saved<RatingView> rate(UserId self, MovieId movie, Score score, @Nullable String review);

    RatingView rating(UserId self, MovieId movie);

    /** Removes the caller's rating; removing one that is not there is not an error. */
    void unrate(UserId self, MovieId movie);

    Page<PublicReview> reviews(MovieId movie, PageRequest request);

    Page<UserRating> ratingsOf(UserId self, PageRequest request);
}

package dev.marquee.domain.port.out;

import dev.marquee.domain.library.Score;
import dev.marquee.domain.movie.MovieId;
import dev.marquee.domain.shared.Page;
import dev.marquee.domain.shared.PageRequest;
import dev.marquee.domain.user.UserId;
import dev.marquee.domain.view.PublicReview;
import dev.marquee.domain.view.RatingView;
import dev.marquee.domain.view.UserRating;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Stores ratings, one per user and movie, and keeps each movie's aggregates exact as they change.
 */
public interface RatingRepository {

    /**
     * Creates or replaces the rating; true when this call created it. An unknown movie is not
     * found.
     */
    boolean put(UserId user, MovieId movie, Score score, @Nullable String review, Instant now);

    Optional<RatingView> find(UserId user, MovieId movie);

    void delete(UserId user, MovieId movie);

    /** Ratings of the movie that have a review, newest first. */
    Page<PublicReview> reviews(MovieId movie, PageRequest request);

    Page<UserRating> ofUser(UserId user, PageRequest request);
}

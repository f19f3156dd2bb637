package dev.marquee.domain.port.out;

import dev.marquee.domain.library.Saved;
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
     * Creates or replaces the rating and returns it as stored, created or not, in one statement. An
     * unknown movie is not found.
     */
    Saved<RatingView> put(
            UserId user, MovieId movie, Score score, @Nullable String review, Instant now);

    Optional<RatingView> find(UserId user, MovieId movie);

    /** Removes the rating; removing one that is not there is not an error. */
    void delete(UserId user, MovieId movie);

    /** Ratings of the movie that have a review, newest first, then by user id. */
    Page<PublicReview> reviews(MovieId movie, PageRequest request);

    /** The user's ratings, most recently changed first, then by movie id. */
    Page<UserRating> ofUser(UserId user, PageRequest request);
}

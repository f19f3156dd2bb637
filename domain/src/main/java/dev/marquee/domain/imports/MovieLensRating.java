package dev.marquee.domain.imports;

import dev.marquee.domain.library.Score;
import dev.marquee.domain.shared.InvalidInputException;
import java.time.Instant;

/**
 * One rating of a MovieLens {@code ratings} file: who, which movie, the half-star score, and when.
 */
public record MovieLensRating(int userId, int movieLensId, Score score, Instant ratedAt) {

    public MovieLensRating {
        if (userId <= 0) {
            throw new InvalidInputException("userId", "must be a positive integer");
        }
        if (movieLensId <= 0) {
            throw new InvalidInputException("movieId", "must be a positive integer");
        }
    }

    /** The account a MovieLens user becomes: it has no password, so it cannot log in. */
    public static String usernameOf(int userId) {
        return "movielens-" + userId;
    }
}

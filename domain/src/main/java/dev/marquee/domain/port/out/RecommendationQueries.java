package dev.marquee.domain.port.out;

import dev.marquee.domain.movie.MovieId;
import dev.marquee.domain.recommendation.RecommendationFilter;
import dev.marquee.domain.recommendation.RecordedRating;
import dev.marquee.domain.shared.Page;
import dev.marquee.domain.shared.PageRequest;
import dev.marquee.domain.user.UserId;
import dev.marquee.domain.view.MovieSummary;
import dev.marquee.domain.view.PopularPick;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a recommendation request reads besides the model: the caller's live history, exclusions, and
 * movies.
 */
public interface RecommendationQueries {

    /** The user's most recent ratings, newest first, at most {@code count}. */
    List<RecordedRating> recentRatings(UserId user, int count);

    /** Every movie the user rated, favorited, watchlisted or dismissed. */
    Set<Long> excludedMovies(UserId user);

    /** Which of the movies pass the filter. */
    Set<Long> matching(Collection<Long> movieIds, RecommendationFilter filter);

    /** The summaries of the movies that exist, by id. */
    Map<Long, MovieSummary> summaries(Collection<Long> movieIds);

    /**
     * Popular movies the user has not excluded: in their favorite genres when they have some,
     * otherwise overall.
     */
    Page<PopularPick> popularForNewcomer(
            UserId user, RecommendationFilter filter, PageRequest request);

    boolean userExists(UserId user);

    /** Records the dismissal; again changes nothing. */
    void dismiss(UserId user, MovieId movie);

    void undoDismissal(UserId user, MovieId movie);
}

package dev.marquee.domain.port.in;

import dev.marquee.domain.movie.MovieId;
import dev.marquee.domain.recommendation.RecommendationFilter;
import dev.marquee.domain.shared.Page;
import dev.marquee.domain.shared.PageRequest;
import dev.marquee.domain.shared.Sortable;
import dev.marquee.domain.user.UserId;
import dev.marquee.domain.view.MovieSummary;
import dev.marquee.domain.view.RecommendedMovie;

/** Personal recommendations scored from the user's live history, similar movies, and dismissals. */
public interface RecommendMoviesUseCase {

    /**
     * Recommendations are best first and similar movies strongest first; neither takes another
     * order.
     */
    Sortable SORTABLE = Sortable.by();

    /**
     * The user's recommendations, best first; never a movie they rated, favorited, watchlisted or
     * dismissed.
     */
    Page<RecommendedMovie> recommendationsFor(
            UserId user, RecommendationFilter filter, PageRequest request);

    /** The same list for an admin looking at another user; an unknown user is not found. */
    Page<RecommendedMovie> recommendationsOfUser(
            UserId user, RecommendationFilter filter, PageRequest request);

    /** The movie's item-item neighbours, strongest first; an unknown movie is not found. */
    Page<MovieSummary> similarTo(MovieId movie, PageRequest request);

    /**
     * Keeps the movie out of the user's recommendations; again is not an error; an unknown movie is
     * not found.
     */
    void dismiss(UserId user, MovieId movie);

    /** Undoes a dismissal; also when there was none. */
    void undoDismissal(UserId user, MovieId movie);
}

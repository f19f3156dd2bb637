package dev.marquee.domain.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.domain.movie.MovieId;
import dev.marquee.domain.recommendation.RecommendationFilter;
import dev.marquee.domain.recommendation.RecordedRating;
import dev.marquee.domain.shared.PageRequest;
import dev.marquee.domain.user.UserId;
import dev.marquee.domain.view.PopularPick;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What every RecommendationQueries must do, run against the in-memory fake and PostgreSQL: the
 * caller's live history, what it excludes, filters, and the popular picks for a newcomer.
 */
public abstract class RecommendationQueriesContract extends ContractSupport {

    protected abstract RecommendationQueries queries();

    protected abstract UserId existingUser();

    /** A movie released in this year, of this genre when one is given; its id. */
    protected abstract long existingMovie(String title, int year, Long genre, double popularity);

    /** A genre of this name; its id. */
    protected abstract long existingGenre(String name);

    protected abstract void rate(UserId user, long movie, double stars, long atEpochSecond);

    protected abstract void favorite(UserId user, long movie);

    protected abstract void watchlist(UserId user, long movie);

    protected abstract void likeGenre(UserId user, long genre);

    @Test
    void recentRatingsAreTheNewestFirstAtMostCount() {
        UserId user = existingUser();
        long a = existingMovie("A", 2000, null, 0);
        long b = existingMovie("B", 2000, null, 0);
        long c = existingMovie("C", 2000, null, 0);
        rate(user, a, 3.0, 1_000);
        rate(user, b, 4.0, 3_000);
        rate(user, c, 5.0, 2_000);

        assertThat(queries().recentRatings(user, 2))
                .containsExactly(
                        new RecordedRating(user.value(), b, 4.0, 3_000),
                        new RecordedRating(user.value(), c, 5.0, 2_000));
        assertThat(queries().recentRatings(existingUser(), 5)).isEmpty();
    }

    @Test
    void excludedMoviesAreTheRatedFavoritedWatchlistedAndDismissedOnes() {
        UserId user = existingUser();
        long rated = existingMovie("Rated", 2000, null, 0);
        long favorite = existingMovie("Favorite", 2000, null, 0);
        long listed = existingMovie("Listed", 2000, null, 0);
        long dismissed = existingMovie("Dismissed", 2000, null, 0);
        long free = existingMovie("Free", 2000, null, 0);
        rate(user, rated, 2.0, 1_000);
        favorite(user, favorite);
        watchlist(user, listed);
        queries().dismiss(user, new MovieId(dismissed));

        assertThat(queries().excludedMovies(user))
                .containsExactlyInAnyOrder(rated, favorite, listed, dismissed)
                .doesNotContain(free);
    }

    @Test
    void dismissingTwiceChangesNothingAndUndoingBringsTheMovieBack() {
        UserId user = existingUser();
        MovieId movie = new MovieId(existingMovie("Dismissable", 2000, null, 0));

        queries().dismiss(user, movie);
        queries().dismiss(user, movie);
        assertThat(queries().excludedMovies(user)).containsExactly(movie.value());

        queries().undoDismissal(user, movie);
        queries().undoDismissal(user, movie);
        assertThat(queries().excludedMovies(user)).isEmpty();
    }

    @Test
    void matchingKeepsTheMoviesThatPassTheFilter() {
        String genreName = "Giallo " + unique();
        long genre = existingGenre(genreName);
        long old = existingMovie("Old", 1975, genre, 0);
        long recent = existingMovie("Recent", 2010, genre, 0);
        long other = existingMovie("Other", 2010, null, 0);
        List<Long> all = List.of(old, recent, other);

        assertThat(queries().matching(all, RecommendationFilter.NONE))
                .containsExactlyInAnyOrder(old, recent, other);
        assertThat(queries().matching(all, new RecommendationFilter(genreName, null, null)))
                .containsExactlyInAnyOrder(old, recent);
        assertThat(
                        queries()
                                .matching(
                                        all,
                                        new RecommendationFilter(
                                                String.valueOf(genre), 2000, null)))
                .containsExactly(recent);
        assertThat(queries().matching(all, new RecommendationFilter(null, null, 1980)))
                .containsExactly(old);
        assertThat(queries().matching(List.of(), RecommendationFilter.NONE)).isEmpty();
    }

    @Test
    void summariesAreThoseOfTheMoviesThatExist() {
        long movie = existingMovie("Suspiria", 1977, null, 0);

        Map<Long, ?> summaries = queries().summaries(List.of(movie, UNKNOWN_ID));

        assertThat(summaries).containsOnlyKeys(movie);
        assertThat(queries().summaries(List.of())).isEmpty();
    }

    @Test
    void aNewcomerGetsPopularMoviesOfTheirFavoriteGenresNotYetExcluded() {
        String genreName = "Wuxia " + unique();
        long genre = existingGenre(genreName);
        long top = existingMovie("Top", 2001, genre, 0.9);
        long tiedLow = existingMovie("Tied low id", 2002, genre, 0.5);
        long tiedHigh = existingMovie("Tied high id", 2003, genre, 0.5);
        long seen = existingMovie("Seen", 2004, genre, 1.0);
        existingMovie("Elsewhere", 2005, null, 1.0);
        UserId user = existingUser();
        likeGenre(user, genre);
        favorite(user, seen);

        var page =
                queries()
                        .popularForNewcomer(user, RecommendationFilter.NONE, PageRequest.first(10));

        assertThat(page.items())
                .extracting(pick -> pick.movie().id())
                .containsExactly(top, tiedLow, tiedHigh);
        assertThat(page.items()).extracting(PopularPick::genreName).containsOnly(genreName);
        assertThat(page.totalItems()).isEqualTo(3);
    }

    @Test
    void aNewcomerWithoutFavoriteGenresGetsPopularMoviesOverallWithinTheFilter() {
        String genreName = "Kaiju " + unique();
        long genre = existingGenre(genreName);
        long big = existingMovie("Big", 1954, genre, 0.8);
        long small = existingMovie("Small", 1955, genre, 0.2);
        UserId user = existingUser();

        var page =
                queries()
                        .popularForNewcomer(
                                user,
                                new RecommendationFilter(genreName, null, null),
                                PageRequest.first(10));

        assertThat(page.items()).extracting(pick -> pick.movie().id()).containsExactly(big, small);
        assertThat(page.items()).extracting(PopularPick::genreId).containsOnlyNulls();
    }

    @Test
    void tellsWhetherAUserExists() {
        assertThat(queries().userExists(existingUser())).isTrue();
        assertThat(queries().userExists(new UserId(UNKNOWN_ID))).isFalse();
    }
}

package dev.marquee.domain.port.out.fakes;

import dev.marquee.domain.movie.MovieId;
import dev.marquee.domain.port.out.RecommendationQueries;
import dev.marquee.domain.recommendation.RecommendationFilter;
import dev.marquee.domain.recommendation.RecordedRating;
import dev.marquee.domain.shared.Page;
import dev.marquee.domain.shared.PageRequest;
import dev.marquee.domain.user.UserId;
import dev.marquee.domain.view.MovieSummary;
import dev.marquee.domain.view.PopularPick;
import dev.marquee.domain.view.SavedMovie;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * What recommendations read, in memory: tests make users, genres and movies known and record
 * ratings, favorites, watchlist entries and favorite genres; popular picks are by popularity, ties
 * to the lower id, in the user's favorite genres when they have some.
 */
public final class InMemoryRecommendationQueries implements RecommendationQueries {

    private record Movie(
            long id, String title, Integer year, Set<Long> genres, double popularity) {}

    private record Pair(long user, long movie) {}

    private final Set<Long> users = new HashSet<>();
    private final Map<Long, String> genres = new HashMap<>();
    private final Map<Long, Movie> movies = new TreeMap<>();
    private final List<RecordedRating> ratings = new ArrayList<>();
    private final Set<Pair> favorites = new HashSet<>();
    private final Set<Pair> watchlist = new HashSet<>();
    private final Set<Pair> dismissals = new HashSet<>();
    private final Map<Long, Set<Long>> favoriteGenres = new HashMap<>();
    private final Map<Pair, Long> savedAt = new HashMap<>();
    private long clock;

    public synchronized void knowUser(long id) {
        users.add(id);
    }

    public synchronized void knowGenre(long id, String name) {
        genres.put(id, name);
    }

    public synchronized void knowMovie(
            long id, String title, Integer year, Set<Long> genreIds, double popularity) {
        movies.put(id, new Movie(id, title, year, Set.copyOf(genreIds), popularity));
    }

    public synchronized void rate(RecordedRating rating) {
        ratings.add(rating);
    }

    public synchronized void favorite(long user, long movie) {
        favorites.add(save(user, movie));
    }

    public synchronized void watchlist(long user, long movie) {
        watchlist.add(save(user, movie));
    }

    /** Each save is one second after the one before, so the newest is the last saved. */
    private Pair save(long user, long movie) {
        Pair pair = new Pair(user, movie);
        savedAt.put(pair, ++clock);
        return pair;
    }

    public synchronized void likeGenre(long user, long genre) {
        favoriteGenres.computeIfAbsent(user, id -> new HashSet<>()).add(genre);
    }

    @Override
    public synchronized List<RecordedRating> recentRatings(UserId user, int count) {
        return ratings.stream()
                .filter(rating -> rating.userId() == user.value())
                .sorted(
                        Comparator.comparingLong(RecordedRating::ratedAtEpochSecond)
                                .thenComparingLong(RecordedRating::movieId)
                                .reversed())
                .limit(count)
                .toList();
    }

    @Override
    public synchronized List<SavedMovie> savedMovies(UserId user, int count) {
        Map<Long, SavedMovie> byMovie = new HashMap<>();
        for (Set<Pair> pairs : List.of(favorites, watchlist)) {
            boolean favorite = pairs == favorites;
            pairs.stream()
                    .filter(pair -> pair.user() == user.value())
                    .forEach(
                            pair ->
                                    byMovie.merge(
                                            pair.movie(),
                                            new SavedMovie(
                                                    pair.movie(), favorite, savedAt.get(pair)),
                                            (a, b) ->
                                                    new SavedMovie(
                                                            a.movieId(),
                                                            a.favorite() || b.favorite(),
                                                            Math.max(
                                                                    a.savedAtEpochSecond(),
                                                                    b.savedAtEpochSecond()))));
        }
        return byMovie.values().stream()
                .sorted(
                        Comparator.comparingLong(SavedMovie::savedAtEpochSecond)
                                .thenComparingLong(SavedMovie::movieId)
                                .reversed())
                .limit(count)
                .toList();
    }

    @Override
    public synchronized Set<Long> excludedMovies(UserId user) {
        Set<Long> excluded = new LinkedHashSet<>();
        ratings.stream()
                .filter(rating -> rating.userId() == user.value())
                .forEach(rating -> excluded.add(rating.movieId()));
        for (Set<Pair> pairs : List.of(favorites, watchlist, dismissals)) {
            pairs.stream()
                    .filter(pair -> pair.user() == user.value())
                    .forEach(pair -> excluded.add(pair.movie()));
        }
        return excluded;
    }

    @Override
    public synchronized Set<Long> matching(Collection<Long> movieIds, RecommendationFilter filter) {
        Set<Long> matching = new HashSet<>();
        for (Long id : movieIds) {
            Movie movie = movies.get(id);
            if (movie != null && passes(movie, filter)) {
                matching.add(id);
            }
        }
        return matching;
    }

    @Override
    public synchronized Map<Long, MovieSummary> summaries(Collection<Long> movieIds) {
        Map<Long, MovieSummary> summaries = new HashMap<>();
        for (Long id : movieIds) {
            Optional.ofNullable(movies.get(id))
                    .ifPresent(movie -> summaries.put(id, summary(movie)));
        }
        return summaries;
    }

    @Override
    public synchronized Page<PopularPick> popularForNewcomer(
            UserId user, RecommendationFilter filter, PageRequest request) {
        Set<Long> liked = favoriteGenres.getOrDefault(user.value(), Set.of());
        Set<Long> excluded = excludedMovies(user);
        List<PopularPick> picks = new ArrayList<>();
        movies.values().stream()
                .filter(movie -> !excluded.contains(movie.id()) && passes(movie, filter))
                .sorted(
                        Comparator.comparingDouble(Movie::popularity)
                                .reversed()
                                .thenComparingLong(Movie::id))
                .forEach(
                        movie -> {
                            if (liked.isEmpty()) {
                                picks.add(new PopularPick(summary(movie), null, null));
                                return;
                            }
                            movie.genres().stream()
                                    .filter(liked::contains)
                                    .min(Comparator.comparing(genres::get))
                                    .ifPresent(
                                            genre ->
                                                    picks.add(
                                                            new PopularPick(
                                                                    summary(movie),
                                                                    genre,
                                                                    genres.get(genre))));
                        });
        return Page.of(
                picks.stream().skip(request.offset()).limit(request.size()).toList(),
                request,
                picks.size());
    }

    @Override
    public synchronized boolean userExists(UserId user) {
        return users.contains(user.value());
    }

    @Override
    public synchronized void dismiss(UserId user, MovieId movie) {
        dismissals.add(new Pair(user.value(), movie.value()));
    }

    @Override
    public synchronized void undoDismissal(UserId user, MovieId movie) {
        dismissals.remove(new Pair(user.value(), movie.value()));
    }

    private boolean passes(Movie movie, RecommendationFilter filter) {
        if (filter.genre() != null
                && movie.genres().stream()
                        .noneMatch(
                                genre ->
                                        String.valueOf(genre).equals(filter.genre())
                                                || genres.get(genre)
                                                        .toLowerCase(Locale.ROOT)
                                                        .equals(
                                                                filter.genre()
                                                                        .toLowerCase(
                                                                                Locale.ROOT)))) {
            return false;
        }
        if (filter.yearFrom() != null
                && (movie.year() == null || movie.year() < filter.yearFrom())) {
            return false;
        }
        return filter.yearTo() == null || movie.year() != null && movie.year() <= filter.yearTo();
    }

    private MovieSummary summary(Movie movie) {
        return new MovieSummary(
                movie.id(),
                movie.title(),
                null,
                movie.year(),
                null,
                null,
                movie.genres().stream().map(genres::get).sorted().toList(),
                null,
                0,
                movie.popularity(),
                null,
                null);
    }
}

package dev.marquee.domain.port.out.fakes;

import dev.marquee.domain.library.Saved;
import dev.marquee.domain.library.Score;
import dev.marquee.domain.movie.MovieId;
import dev.marquee.domain.port.out.RatingRepository;
import dev.marquee.domain.shared.Page;
import dev.marquee.domain.shared.PageRequest;
import dev.marquee.domain.user.UserId;
import dev.marquee.domain.view.PublicReview;
import dev.marquee.domain.view.RatingView;
import dev.marquee.domain.view.UserRating;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A RatingRepository in memory, like the PostgreSQL adapter: one rating per user and movie, a put
 * that keeps createdAt when it replaces, an unknown movie not found, reviews newest first by
 * createdAt then user id, a user's ratings newest first by updatedAt then movie id, and any
 * requested sort ignored. Raters must be registered with knowUser(), as the real store needs the
 * user row; movie aggregates are not modelled.
 */
public final class InMemoryRatingRepository implements RatingRepository {

    private final InMemoryMovieRepository movies;
    private final Map<Long, String> usernames = new HashMap<>();
    private final Map<Key, Stored> ratings = new HashMap<>();

    public InMemoryRatingRepository(InMemoryMovieRepository movies) {
        this.movies = movies;
    }

    /** Registers a user whose reviews show the given username. */
    public UserId knowUser(long id, String username) {
        usernames.put(id, username);
        return new UserId(id);
    }

    @Override
    public Saved<RatingView> put(
            UserId user, MovieId movie, Score score, @Nullable String review, Instant now) {
        if (!usernames.containsKey(user.value())) {
            throw new IllegalStateException("no user " + user.value() + " is known");
        }
        movies.requireKnown(movie);
        Key key = new Key(user.value(), movie.value());
        Stored previous = ratings.get(key);
        Instant createdAt = previous == null ? now : previous.createdAt();
        ratings.put(key, new Stored(score.value(), review, createdAt, now));
        return new Saved<>(new RatingView(score.value(), review, createdAt, now), previous == null);
    }

    @Override
    public Optional<RatingView> find(UserId user, MovieId movie) {
        return Optional.ofNullable(ratings.get(new Key(user.value(), movie.value())))
                .map(r -> new RatingView(r.score(), r.review(), r.createdAt(), r.updatedAt()));
    }

    @Override
    public void delete(UserId user, MovieId movie) {
        ratings.remove(new Key(user.value(), movie.value()));
    }

    @Override
    public Page<PublicReview> reviews(MovieId movie, PageRequest request) {
        List<PublicReview> all =
                ratings.entrySet().stream()
                        .filter(
                                e ->
                                        e.getKey().movie() == movie.value()
                                                && e.getValue().review() != null)
                        .sorted(
                                Comparator.comparing(
                                                (Map.Entry<Key, Stored> e) ->
                                                        e.getValue().createdAt())
                                        .reversed()
                                        .thenComparingLong(e -> e.getKey().user()))
                        .map(
                                e ->
                                        new PublicReview(
                                                usernames.get(e.getKey().user()),
                                                e.getValue().score(),
                                                e.getValue().review(),
                                                e.getValue().createdAt()))
                        .toList();
        return slice(all, request);
    }

    @Override
    public Page<UserRating> ofUser(UserId user, PageRequest request) {
        List<UserRating> all =
                ratings.entrySet().stream()
                        .filter(e -> e.getKey().user() == user.value())
                        .sorted(
                                Comparator.comparing(
                                                (Map.Entry<Key, Stored> e) ->
                                                        e.getValue().updatedAt())
                                        .reversed()
                                        .thenComparingLong(e -> e.getKey().movie()))
                        .map(
                                e ->
                                        new UserRating(
                                                movies.summary(new MovieId(e.getKey().movie())),
                                                e.getValue().score(),
                                                e.getValue().review(),
                                                e.getValue().updatedAt()))
                        .toList();
        return slice(all, request);
    }

    /** The scores the movie got, one per rater, in no particular order. */
    List<BigDecimal> scoresOf(MovieId movie) {
        return ratings.entrySet().stream()
                .filter(e -> e.getKey().movie() == movie.value())
                .map(e -> e.getValue().score())
                .toList();
    }

    private static <T> Page<T> slice(List<T> all, PageRequest request) {
        return Page.of(
                all.stream().skip(request.offset()).limit(request.size()).toList(),
                request,
                all.size());
    }

    private record Key(long user, long movie) {}

    private record Stored(
            BigDecimal score, @Nullable String review, Instant createdAt, Instant updatedAt) {}
}

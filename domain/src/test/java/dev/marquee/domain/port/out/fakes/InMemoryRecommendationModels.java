package dev.marquee.domain.port.out.fakes;

import dev.marquee.domain.port.out.RecommendationModels;
import dev.marquee.domain.recommendation.BuiltModel;
import dev.marquee.domain.recommendation.ContentNeighbour;
import dev.marquee.domain.recommendation.ModelNeighbours;
import dev.marquee.domain.recommendation.MovieContent;
import dev.marquee.domain.recommendation.MovieNeighbour;
import dev.marquee.domain.recommendation.MoviePopularity;
import dev.marquee.domain.recommendation.NeighbourKind;
import dev.marquee.domain.recommendation.NeighbourList;
import dev.marquee.domain.recommendation.RatingsShape;
import dev.marquee.domain.recommendation.RecordedRating;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Recommendation models in memory: the active model is the last one published, without the rows of
 * movies not made known with knowMovie(); ratings are those given to rate().
 */
public final class InMemoryRecommendationModels implements RecommendationModels {

    private final Set<Long> movies = new HashSet<>();
    private final List<RecordedRating> ratings = new ArrayList<>();
    private final Map<Long, MovieContent> content = new HashMap<>();
    private List<MovieNeighbour> neighbours = List.of();
    private List<ContentNeighbour> contentRows = List.of();
    private Map<Long, Double> popularity = Map.of();
    private long version;
    private boolean locked;

    public synchronized void knowMovie(long id) {
        movies.add(id);
    }

    public synchronized void describe(MovieContent movie) {
        content.put(movie.movieId(), movie);
    }

    public synchronized void rate(RecordedRating rating) {
        ratings.add(rating);
    }

    @Override
    public <T> Optional<T> exclusively(Supplier<T> work) {
        synchronized (this) {
            if (locked) {
                return Optional.empty();
            }
            locked = true;
        }
        try {
            return Optional.of(work.get());
        } finally {
            synchronized (this) {
                locked = false;
            }
        }
    }

    @Override
    public synchronized RatingsShape ratingsShape() {
        return new RatingsShape(
                ratings.size(),
                ratings.stream().map(RecordedRating::userId).distinct().count(),
                ratings.stream().map(RecordedRating::movieId).distinct().count());
    }

    @Override
    public synchronized long movieCount() {
        return movies.size();
    }

    @Override
    public synchronized List<RecordedRating> allRatings() {
        return List.copyOf(ratings);
    }

    @Override
    public synchronized List<MovieContent> allMovieContent() {
        return content.values().stream()
                .filter(movie -> !movie.features().isEmpty())
                .sorted(Comparator.comparingLong(MovieContent::movieId))
                .toList();
    }

    @Override
    public synchronized long publish(BuiltModel model) {
        contentRows =
                model.content().stream()
                        .filter(
                                n ->
                                        movies.contains(n.movieId())
                                                && movies.contains(n.neighbourId()))
                        .toList();
        neighbours =
                model.neighbours().stream()
                        .filter(
                                n ->
                                        movies.contains(n.movieId())
                                                && movies.contains(n.neighbourId()))
                        .toList();
        Map<Long, Double> published = new HashMap<>();
        model.popularity().stream()
                .filter(p -> movies.contains(p.movieId()))
                .forEach(p -> published.put(p.movieId(), p.popularity()));
        popularity = published;
        return ++version;
    }

    @Override
    public synchronized ModelNeighbours neighboursOf(
            Map<NeighbourKind, ? extends Collection<Long>> sources) {
        ModelNeighbours.Builder read = ModelNeighbours.builder();
        sources.forEach(
                (kind, movieIds) -> {
                    for (long movieId : new LinkedHashSet<>(movieIds)) {
                        List<MovieNeighbour> rows =
                                neighbours.stream()
                                        .filter(
                                                row ->
                                                        row.kind() == kind
                                                                && row.movieId() == movieId)
                                        .toList();
                        read.put(
                                kind,
                                movieId,
                                new NeighbourList(
                                        rows.stream()
                                                .mapToLong(MovieNeighbour::neighbourId)
                                                .toArray(),
                                        rows.stream()
                                                .mapToDouble(row -> (float) row.weight())
                                                .toArray()));
                    }
                });
        return read.build();
    }

    @Override
    public synchronized Map<Long, Double> popularityOf(Collection<Long> movieIds) {
        Map<Long, Double> known = new HashMap<>();
        movieIds.stream()
                .filter(popularity::containsKey)
                .forEach(movieId -> known.put(movieId, Math.min(1, popularity.get(movieId))));
        return known;
    }

    @Override
    public synchronized List<ContentNeighbour> contentNeighboursOf(Collection<Long> asked) {
        return contentRows.stream()
                .filter(row -> asked.contains(row.movieId()))
                .map(
                        row ->
                                new ContentNeighbour(
                                        row.movieId(),
                                        row.neighbourId(),
                                        row.weight(),
                                        row.shared(),
                                        Math.min(
                                                1,
                                                popularity.getOrDefault(row.neighbourId(), 0.0))))
                .sorted(Comparator.comparingLong(ContentNeighbour::movieId))
                .toList();
    }

    @Override
    public synchronized List<MoviePopularity> mostPopular(int count) {
        return popularity.entrySet().stream()
                .map(e -> new MoviePopularity(e.getKey(), e.getValue()))
                .sorted(
                        Comparator.comparingDouble(MoviePopularity::popularity)
                                .reversed()
                                .thenComparingLong(MoviePopularity::movieId))
                .limit(count)
                .toList();
    }

    @Override
    public synchronized Optional<Long> activeVersion() {
        return version == 0 ? Optional.empty() : Optional.of(version);
    }
}

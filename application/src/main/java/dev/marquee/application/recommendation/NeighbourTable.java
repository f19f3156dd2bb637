package dev.marquee.application.recommendation;

import dev.marquee.domain.recommendation.ModelNeighbours;
import dev.marquee.domain.recommendation.MoviePopularity;
import dev.marquee.domain.recommendation.NeighbourKind;
import dev.marquee.domain.recommendation.NeighbourList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * A model held in memory by movie id: a whole build (the offline evaluation), or the part of the
 * stored model one request reads (the neighbours of the caller's history and the most popular
 * movies).
 */
public final class NeighbourTable implements NeighbourLookup {

    private final ModelNeighbours neighbours;
    private final Map<Long, Double> popularity;
    private final List<Long> byPopularity;

    private NeighbourTable(
            ModelNeighbours neighbours, Map<Long, Double> popularity, List<Long> byPopularity) {
        this.neighbours = neighbours;
        this.popularity = popularity;
        this.byPopularity = byPopularity;
    }

    /**
     * Popularity is each movie's rating count over the largest count; ties in the ranking go to the
     * lower id.
     */
    public static NeighbourTable of(
            Catalogue catalogue, ItemNeighbours similar, ItemNeighbours next, int[] ratingCounts) {
        double most = IntStream.of(ratingCounts).max().orElse(0);
        Map<Long, Double> popularity = new HashMap<>();
        for (int item = 0; item < ratingCounts.length; item++) {
            if (ratingCounts[item] > 0) {
                popularity.put(catalogue.movieId(item), ratingCounts[item] / most);
            }
        }
        List<Long> byPopularity = new ArrayList<>(popularity.keySet());
        byPopularity.sort(
                Comparator.<Long>comparingDouble(popularity::get)
                        .reversed()
                        .thenComparing(id -> id));
        ModelNeighbours.Builder neighbours = ModelNeighbours.builder();
        byMovie(catalogue, NeighbourKind.SIMILAR, similar, neighbours);
        byMovie(catalogue, NeighbourKind.RATED_AFTER, next, neighbours);
        return new NeighbourTable(neighbours.build(), popularity, List.copyOf(byPopularity));
    }

    /**
     * The stored lists a request read; the popular movies come in their stored order, most popular
     * first; {@code popularity} is that of the other movies the request needs one for (none when
     * popularity weighs nothing in the score).
     */
    static NeighbourTable ofStored(
            ModelNeighbours neighbours,
            List<MoviePopularity> popular,
            Map<Long, Double> popularity) {
        Map<Long, Double> known = new HashMap<>(popularity);
        List<Long> byPopularity = new ArrayList<>(popular.size());
        for (MoviePopularity movie : popular) {
            byPopularity.add(movie.movieId());
            known.put(movie.movieId(), movie.popularity());
        }
        return new NeighbourTable(neighbours, known, byPopularity);
    }

    private static void byMovie(
            Catalogue catalogue,
            NeighbourKind kind,
            ItemNeighbours table,
            ModelNeighbours.Builder neighbours) {
        for (int item = 0; item < table.itemCount(); item++) {
            int[] items = table.neighboursOf(item);
            long[] movies = new long[items.length];
            for (int n = 0; n < items.length; n++) {
                movies[n] = catalogue.movieId(items[n]);
            }
            neighbours.put(
                    kind,
                    catalogue.movieId(item),
                    new NeighbourList(movies, table.weightsOf(item).clone()));
        }
    }

    @Override
    public NeighbourList similarTo(long movieId) {
        return neighbours.of(NeighbourKind.SIMILAR, movieId);
    }

    @Override
    public NeighbourList ratedAfter(long movieId) {
        return neighbours.of(NeighbourKind.RATED_AFTER, movieId);
    }

    @Override
    public double popularity(long movieId) {
        return popularity.getOrDefault(movieId, 0.0);
    }

    @Override
    public List<Long> mostPopular(int count) {
        return byPopularity.subList(0, Math.min(count, byPopularity.size()));
    }
}

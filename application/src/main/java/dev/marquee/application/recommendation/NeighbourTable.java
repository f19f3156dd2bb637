package dev.marquee.application.recommendation;

import dev.marquee.domain.recommendation.MovieNeighbour;
import dev.marquee.domain.recommendation.MoviePopularity;
import dev.marquee.domain.recommendation.NeighbourKind;
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

    private final Map<Long, List<Neighbour>> similar;
    private final Map<Long, List<Neighbour>> next;
    private final Map<Long, Double> popularity;
    private final List<Long> byPopularity;

    private NeighbourTable(
            Map<Long, List<Neighbour>> similar,
            Map<Long, List<Neighbour>> next,
            Map<Long, Double> popularity,
            List<Long> byPopularity) {
        this.similar = similar;
        this.next = next;
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
        return new NeighbourTable(
                byMovie(catalogue, similar),
                byMovie(catalogue, next),
                popularity,
                List.copyOf(byPopularity));
    }

    /**
     * The stored rows a request read; the popular movies come in their stored order, most popular
     * first.
     */
    static NeighbourTable ofStored(List<MovieNeighbour> rows, List<MoviePopularity> popular) {
        Map<Long, List<Neighbour>> similar = new HashMap<>();
        Map<Long, List<Neighbour>> next = new HashMap<>();
        Map<Long, Double> popularity = new HashMap<>();
        for (MovieNeighbour row : rows) {
            Map<Long, List<Neighbour>> table = row.kind() == NeighbourKind.SIMILAR ? similar : next;
            table.computeIfAbsent(row.movieId(), movie -> new ArrayList<>())
                    .add(new Neighbour(row.neighbourId(), row.weight()));
            popularity.put(row.neighbourId(), row.neighbourPopularity());
        }
        List<Long> byPopularity = new ArrayList<>();
        for (MoviePopularity movie : popular) {
            byPopularity.add(movie.movieId());
            popularity.put(movie.movieId(), movie.popularity());
        }
        return new NeighbourTable(similar, next, popularity, byPopularity);
    }

    private static Map<Long, List<Neighbour>> byMovie(Catalogue catalogue, ItemNeighbours table) {
        Map<Long, List<Neighbour>> rows = new HashMap<>();
        for (int item = 0; item < table.itemCount(); item++) {
            int[] neighbours = table.neighboursOf(item);
            double[] weights = table.weightsOf(item);
            if (neighbours.length > 0) {
                List<Neighbour> row = new ArrayList<>(neighbours.length);
                for (int n = 0; n < neighbours.length; n++) {
                    row.add(new Neighbour(catalogue.movieId(neighbours[n]), weights[n]));
                }
                rows.put(catalogue.movieId(item), List.copyOf(row));
            }
        }
        return rows;
    }

    @Override
    public List<Neighbour> similarTo(long movieId) {
        return similar.getOrDefault(movieId, List.of());
    }

    @Override
    public List<Neighbour> ratedAfter(long movieId) {
        return next.getOrDefault(movieId, List.of());
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

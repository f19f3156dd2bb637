package dev.marquee.application.recommendation;

import dev.marquee.domain.recommendation.MovieNeighbour;
import dev.marquee.domain.recommendation.MoviePopularity;
import dev.marquee.domain.recommendation.NeighbourKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The part of the stored model one request reads: the neighbours of the caller's history and the most popular movies. */
final class StoredNeighbours implements NeighbourLookup {

    private final Map<Long, List<Neighbour>> similar = new HashMap<>();
    private final Map<Long, List<Neighbour>> next = new HashMap<>();
    private final Map<Long, Double> popularity = new HashMap<>();
    private final List<Long> mostPopular = new ArrayList<>();

    StoredNeighbours(List<MovieNeighbour> rows, List<MoviePopularity> popular) {
        for (MovieNeighbour row : rows) {
            Map<Long, List<Neighbour>> table = row.kind() == NeighbourKind.SIMILAR ? similar : next;
            table.computeIfAbsent(row.movieId(), movie -> new ArrayList<>()).add(new Neighbour(row.neighbourId(), row.weight()));
            popularity.put(row.neighbourId(), row.neighbourPopularity());
        }
        for (MoviePopularity movie : popular) {
            mostPopular.add(movie.movieId());
            popularity.put(movie.movieId(), movie.popularity());
        }
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
        return mostPopular.subList(0, Math.min(count, mostPopular.size()));
    }
}

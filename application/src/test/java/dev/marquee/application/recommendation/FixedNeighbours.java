package dev.marquee.application.recommendation;

import dev.marquee.domain.recommendation.NeighbourList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A hand-written neighbour table for scorer tests. */
final class FixedNeighbours implements NeighbourLookup {

    private record Row(long movieId, double weight) {}

    private final Map<Long, List<Row>> similar = new HashMap<>();
    private final Map<Long, List<Row>> next = new HashMap<>();
    private final Map<Long, Double> popularity = new HashMap<>();

    FixedNeighbours similar(long movie, long neighbour, double weight) {
        similar.computeIfAbsent(movie, m -> new ArrayList<>()).add(new Row(neighbour, weight));
        return this;
    }

    FixedNeighbours next(long movie, long follower, double weight) {
        next.computeIfAbsent(movie, m -> new ArrayList<>()).add(new Row(follower, weight));
        return this;
    }

    FixedNeighbours popular(long movie, double share) {
        popularity.put(movie, share);
        return this;
    }

    @Override
    public NeighbourList similarTo(long movieId) {
        return list(similar.getOrDefault(movieId, List.of()));
    }

    @Override
    public NeighbourList ratedAfter(long movieId) {
        return list(next.getOrDefault(movieId, List.of()));
    }

    private static NeighbourList list(List<Row> rows) {
        return new NeighbourList(
                rows.stream().mapToLong(Row::movieId).toArray(),
                rows.stream().mapToDouble(Row::weight).toArray());
    }

    @Override
    public double popularity(long movieId) {
        return popularity.getOrDefault(movieId, 0.0);
    }

    @Override
    public List<Long> mostPopular(int count) {
        return popularity.keySet().stream()
                .sorted(
                        (a, b) ->
                                popularity.get(b).equals(popularity.get(a))
                                        ? Long.compare(a, b)
                                        : Double.compare(popularity.get(b), popularity.get(a)))
                .limit(count)
                .toList();
    }
}

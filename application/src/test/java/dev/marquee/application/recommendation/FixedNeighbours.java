package dev.marquee.application.recommendation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A hand-written neighbour table for scorer tests. */
final class FixedNeighbours implements NeighbourLookup {

    private final Map<Long, List<Neighbour>> similar = new HashMap<>();
    private final Map<Long, List<Neighbour>> next = new HashMap<>();
    private final Map<Long, Double> popularity = new HashMap<>();

    FixedNeighbours similar(long movie, long neighbour, double weight) {
        similar.computeIfAbsent(movie, m -> new ArrayList<>())
                .add(new Neighbour(neighbour, weight));
        return this;
    }

    FixedNeighbours next(long movie, long follower, double weight) {
        next.computeIfAbsent(movie, m -> new ArrayList<>()).add(new Neighbour(follower, weight));
        return this;
    }

    FixedNeighbours popular(long movie, double share) {
        popularity.put(movie, share);
        return this;
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

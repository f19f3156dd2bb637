package dev.marquee.domain.recommendation;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * The neighbour lists read from one model, by kind and movie; a movie asked for that has no
 * neighbours of a kind has an empty list.
 */
public final class ModelNeighbours {

    public static final ModelNeighbours NONE =
            new ModelNeighbours(new EnumMap<>(NeighbourKind.class));

    private final Map<NeighbourKind, Map<Long, NeighbourList>> byKind;

    private ModelNeighbours(Map<NeighbourKind, Map<Long, NeighbourList>> byKind) {
        this.byKind = byKind;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The movie's neighbours of that kind, strongest first; empty when it has none. */
    public NeighbourList of(NeighbourKind kind, long movieId) {
        Map<Long, NeighbourList> lists = byKind.get(kind);
        return lists == null ? NeighbourList.NONE : lists.getOrDefault(movieId, NeighbourList.NONE);
    }

    /** The movies that have neighbours of that kind here. */
    public Iterable<Long> sources(NeighbourKind kind) {
        return byKind.getOrDefault(kind, Map.of()).keySet();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ModelNeighbours neighbours && byKind.equals(neighbours.byKind);
    }

    @Override
    public int hashCode() {
        return byKind.hashCode();
    }

    @Override
    public String toString() {
        return byKind.toString();
    }

    /** Collects the lists of one read; empty lists are left out, as a missing movie has none. */
    public static final class Builder {

        private final Map<NeighbourKind, Map<Long, NeighbourList>> byKind =
                new EnumMap<>(NeighbourKind.class);

        private Builder() {}

        public Builder put(NeighbourKind kind, long movieId, NeighbourList list) {
            if (!list.isEmpty()) {
                byKind.computeIfAbsent(kind, k -> new HashMap<>()).put(movieId, list);
            }
            return this;
        }

        public ModelNeighbours build() {
            return new ModelNeighbours(byKind);
        }
    }
}

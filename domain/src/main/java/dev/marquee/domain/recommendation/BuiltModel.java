package dev.marquee.domain.recommendation;

import java.util.List;

/**
 * A freshly built model to store: its settings (for the record), every neighbour row (each movie's
 * rows of one kind strongest first), every movie's popularity, and the content rows (each movie's
 * strongest first).
 */
public record BuiltModel(
        String settings,
        List<MovieNeighbour> neighbours,
        List<MoviePopularity> popularity,
        List<ContentNeighbour> content) {

    public BuiltModel {
        neighbours = List.copyOf(neighbours);
        popularity = List.copyOf(popularity);
        content = List.copyOf(content);
    }

    /** A model without a content part. */
    public BuiltModel(
            String settings, List<MovieNeighbour> neighbours, List<MoviePopularity> popularity) {
        this(settings, neighbours, popularity, List.of());
    }
}

package dev.marquee.domain.recommendation;

import java.util.List;

/**
 * A freshly built model to store: its settings (for the record), every neighbour row (each movie's
 * rows of one kind strongest first) and every movie's popularity.
 */
public record BuiltModel(
        String settings, List<MovieNeighbour> neighbours, List<MoviePopularity> popularity) {

    public BuiltModel {
        neighbours = List.copyOf(neighbours);
        popularity = List.copyOf(popularity);
    }
}

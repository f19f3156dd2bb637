package dev.marquee.domain.shared;

/** One sort key of a list: a field the list publishes as sortable, ascending or descending. */
public record SortOrder(String field, Direction direction) {

    public SortOrder {
        if (field == null || field.isBlank()) {
            throw new InvalidInputException("sort", "must name a field");
        }
    }

    public static SortOrder ascending(String field) {
        return new SortOrder(field, Direction.ASC);
    }

    public static SortOrder descending(String field) {
        return new SortOrder(field, Direction.DESC);
    }

    /** Sort direction. */
    public enum Direction {
        ASC,
        DESC
    }
}

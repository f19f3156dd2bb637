package dev.marquee.domain.shared;

import java.util.List;

/** Which page of a list to return, 1-based, and in which order. */
public record PageRequest(int page, int size, List<SortOrder> sort) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public PageRequest {
        if (page < 1) {
            throw new InvalidInputException("page", "must be at least 1");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInputException("size", "must be between 1 and " + MAX_SIZE);
        }
        sort = List.copyOf(sort);
    }

    public static PageRequest first(int size) {
        return new PageRequest(1, size, List.of());
    }

    public long offset() {
        return (long) (page - 1) * size;
    }

    /** This request, or the given default order when the caller asked for none. */
    public PageRequest orDefaultSort(SortOrder... defaults) {
        return sort.isEmpty() ? new PageRequest(page, size, List.of(defaults)) : this;
    }
}

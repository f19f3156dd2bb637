package dev.marquee.domain.shared;

import java.util.List;
import java.util.Set;

/** The fields a list can be sorted by; asking for any other is invalid input. */
public record Sortable(Set<String> fields) {

    public Sortable {
        fields = Set.copyOf(fields);
    }

    public static Sortable by(String... fields) {
        return new Sortable(Set.of(fields));
    }

    /** Rejects a request that sorts by a field outside this set. */
    public PageRequest check(PageRequest request) {
        List<String> unknown =
                request.sort().stream()
                        .map(SortOrder::field)
                        .filter(field -> !fields.contains(field))
                        .toList();
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(
                    "sort",
                    fields.isEmpty()
                            ? "this list has a fixed order and takes no sort"
                            : "cannot sort by "
                                    + String.join(", ", unknown)
                                    + "; sortable fields are "
                                    + String.join(", ", fields.stream().sorted().toList()));
        }
        return request;
    }
}

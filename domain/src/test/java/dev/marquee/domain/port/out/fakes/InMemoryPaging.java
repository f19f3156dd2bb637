package dev.marquee.domain.port.out.fakes;

import dev.marquee.domain.shared.Page;
import dev.marquee.domain.shared.PageRequest;
import dev.marquee.domain.shared.SortOrder;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Sorts and slices an in-memory list the way a repository answers a PageRequest; unknown sort
 * fields fail loudly.
 */
final class InMemoryPaging {

    private InMemoryPaging() {}

    static <T> Page<T> page(List<T> all, PageRequest request, Map<String, Comparator<T>> columns) {
        List<T> sorted = all.stream().sorted(order(request, columns)).toList();
        List<T> items = sorted.stream().skip(request.offset()).limit(request.size()).toList();
        return Page.of(items, request, sorted.size());
    }

    private static <T> Comparator<T> order(
            PageRequest request, Map<String, Comparator<T>> columns) {
        Comparator<T> order = (left, right) -> 0;
        for (SortOrder sort : request.sort()) {
            Comparator<T> column = columns.get(sort.field());
            if (column == null) {
                throw new IllegalArgumentException("no such column: " + sort.field());
            }
            order =
                    order.thenComparing(
                            sort.direction() == SortOrder.Direction.ASC
                                    ? column
                                    : column.reversed());
        }
        return order;
    }
}

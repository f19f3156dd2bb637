package dev.marquee.domain.port.out.fakes;

import dev.marquee.domain.shared.Page;
import dev.marquee.domain.shared.PageRequest;
import dev.marquee.domain.shared.SortOrder;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;

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

    /**
     * Sorts by the requested keys the way the SQL adapters do, unknown (null) values last in either
     * direction and the id last of all, then slices; unknown sort fields fail loudly.
     */
    static <T> Page<T> pageEndingOnId(
            List<T> all,
            PageRequest request,
            Map<String, Function<T, Comparable<?>>> keys,
            ToLongFunction<T> id) {
        Comparator<T> order = (left, right) -> 0;
        for (SortOrder sort : request.sort()) {
            Function<T, Comparable<?>> key = keys.get(sort.field());
            if (key == null) {
                throw new IllegalArgumentException("no such column: " + sort.field());
            }
            boolean ascending = sort.direction() == SortOrder.Direction.ASC;
            order =
                    order.thenComparing(
                            (left, right) ->
                                    compareNullsLast(key.apply(left), key.apply(right), ascending));
        }
        List<T> sorted = all.stream().sorted(order.thenComparingLong(id)).toList();
        List<T> items = sorted.stream().skip(request.offset()).limit(request.size()).toList();
        return Page.of(items, request, sorted.size());
    }

    @SuppressWarnings("unchecked")
    private static int compareNullsLast(
            Comparable<?> left, Comparable<?> right, boolean ascending) {
        if (left == null || right == null) {
            return left == right ? 0 : left == null ? 1 : -1;
        }
        int compared = ((Comparable<Object>) left).compareTo(right);
        return ascending ? compared : -compared;
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

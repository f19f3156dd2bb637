package dev.marquee.domain.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list together with the size of the whole list: exact, or an estimate when counting
 * the whole list would cost more than the page ({@code totalItemsExact} false).
 */
public record Page<T>(List<T> items, int page, int size, long totalItems, boolean totalItemsExact) {

    public Page {
        items = List.copyOf(items);
    }

    /** A page whose total is an exact count. */
    public Page(List<T> items, int page, int size, long totalItems) {
        this(items, page, size, totalItems, true);
    }

    public static <T> Page<T> of(List<T> items, PageRequest request, long totalItems) {
        return new Page<>(items, request.page(), request.size(), totalItems);
    }

    /** A page whose total is an estimate, never below what the page itself proves exists. */
    public static <T> Page<T> estimated(List<T> items, PageRequest request, long estimate) {
        long proven = items.isEmpty() ? 0 : request.offset() + items.size();
        return new Page<>(items, request.page(), request.size(), Math.max(estimate, proven), false);
    }

    public int totalPages() {
        return (int) Math.min(Integer.MAX_VALUE, (totalItems + size - 1) / size);
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(
                items.stream().<R>map(mapper).toList(), page, size, totalItems, totalItemsExact);
    }
}

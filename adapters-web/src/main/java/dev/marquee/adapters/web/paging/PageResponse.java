package dev.marquee.adapters.web.paging;

import dev.marquee.domain.shared.Page;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.function.Function;

/** The envelope of every list: one page of items and where it sits in the whole. */
@Serdeable
public record PageResponse<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public static <D, T> PageResponse<T> of(Page<D> page, Function<? super D, ? extends T> toItem) {
        return new PageResponse<>(
                page.items().stream().<T>map(toItem).toList(),
                page.page(),
                page.size(),
                page.totalItems(),
                page.totalPages());
    }
}

package dev.marquee.adapters.web.paging;

import dev.marquee.domain.shared.Page;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.function.Function;

/** The envelope of every list: one page of items and where it sits in the whole. */
@Serdeable
public record PageResponse<T>(
        List<T> items,
        int page,
        int size,
        @Schema(
                        description =
                                "Items in the whole list: exact when totalItemsExact is true,"
                                        + " otherwise the database's estimate (movie lists longer"
                                        + " than 1,000), never below what this page proves")
                long totalItems,
        @Schema(description = "Pages of this size in the whole list, from totalItems")
                int totalPages,
        @Schema(
                        description =
                                "False when totalItems and totalPages are estimates: follow the"
                                        + " next link until a page is not full")
                boolean totalItemsExact) {

    public static <D, T> PageResponse<T> of(Page<D> page, Function<? super D, ? extends T> toItem) {
        return new PageResponse<>(
                page.items().stream().<T>map(toItem).toList(),
                page.page(),
                page.size(),
                page.totalItems(),
                page.totalPages(),
                page.totalItemsExact());
    }
}

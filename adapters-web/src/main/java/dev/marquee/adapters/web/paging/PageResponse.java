package dev.marquee.adapters.web.paging;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

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
                boolean totalItemsExact) {}

package dev.marquee.adapters.web.paging;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** The envelope of every list: one page of items and where it sits in the whole. */
@Serdeable
public record PageResponse<T>(List<T> items, int page, int size, long totalItems, int totalPages) {}

package dev.marquee.adapters.web.paging;

import dev.marquee.domain.shared.InvalidInputException;
import dev.marquee.domain.shared.PageRequest;
import dev.marquee.domain.shared.SortOrder;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.convert.format.Format;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The {@code page}, {@code size} and repeatable {@code sort=field,asc|desc} query parameters of
 * every list.
 */
@Introspected
public record ListParameters(
        @Parameter(description = "Page number, from 1") @QueryValue @Nullable Integer page,
        @Parameter(description = "Items per page, 1 to 100 (default 20)") @QueryValue @Nullable
                Integer size,
        @Parameter(description = "field,asc or field,desc; repeatable")
                @QueryValue
                @Format("MULTI")
                @Nullable
                List<String> sort) {

    public PageRequest toPageRequest() {
        return new PageRequest(
                page == null ? 1 : page,
                size == null ? PageRequest.DEFAULT_SIZE : size,
                sortOrders());
    }

    private List<SortOrder> sortOrders() {
        List<SortOrder> orders = new ArrayList<>();
        for (String value : sort == null ? List.<String>of() : sort) {
            String[] parts = value.split(",", -1);
            if (parts.length > 2 || parts[0].isBlank()) {
                throw new InvalidInputException("sort", "must be field,asc or field,desc");
            }
            String direction =
                    parts.length == 2 ? parts[1].strip().toLowerCase(Locale.ROOT) : "asc";
            if (!direction.equals("asc") && !direction.equals("desc")) {
                throw new InvalidInputException("sort", "direction must be asc or desc");
            }
            orders.add(
                    new SortOrder(
                            parts[0].strip(),
                            direction.equals("asc")
                                    ? SortOrder.Direction.ASC
                                    : SortOrder.Direction.DESC));
        }
        return orders;
    }
}

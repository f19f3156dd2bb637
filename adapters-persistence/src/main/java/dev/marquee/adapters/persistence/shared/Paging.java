package dev.marquee.adapters.persistence.shared;

import dev.marquee.domain.shared.PageRequest;
import dev.marquee.domain.shared.SortOrder;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Translates the domain's page requests into Micronaut Data pageables, through a whitelist of
 * entity properties, and always ends the order on the id so that pages never overlap or skip rows.
 */
public final class Paging {

    private final Map<String, String> propertiesBySortField;
    private final Set<String> caseInsensitiveProperties;

    private Paging(
            Map<String, String> propertiesBySortField, Set<String> caseInsensitiveProperties) {
        this.propertiesBySortField = Map.copyOf(propertiesBySortField);
        this.caseInsensitiveProperties = Set.copyOf(caseInsensitiveProperties);
    }

    /**
     * Maps each sortable API field to an entity property; text properties listed as
     * case-insensitive sort by lower().
     */
    public static Paging sorting(
            Map<String, String> propertiesBySortField, Set<String> caseInsensitiveProperties) {
        return new Paging(propertiesBySortField, caseInsensitiveProperties);
    }

    public Pageable pageable(PageRequest request) {
        List<Sort.Order> orders = new ArrayList<>();
        for (SortOrder sort : request.sort()) {
            String property = propertiesBySortField.get(sort.field());
            if (property == null) {
                throw new IllegalArgumentException("not a sortable field: " + sort.field());
            }
            orders.add(
                    new Sort.Order(
                            property,
                            direction(sort.direction()),
                            caseInsensitiveProperties.contains(property)));
        }
        if (orders.stream().noneMatch(order -> order.getProperty().equals("id"))) {
            orders.add(Sort.Order.asc("id"));
        }
        return Pageable.from(request.page() - 1, request.size(), Sort.of(orders));
    }

    private static Sort.Order.Direction direction(SortOrder.Direction direction) {
        return direction == SortOrder.Direction.ASC
                ? Sort.Order.Direction.ASC
                : Sort.Order.Direction.DESC;
    }
}

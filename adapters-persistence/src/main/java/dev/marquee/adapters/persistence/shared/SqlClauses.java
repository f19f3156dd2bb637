package dev.marquee.adapters.persistence.shared;

import dev.marquee.domain.shared.PageRequest;
import dev.marquee.domain.shared.SortOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pieces of hand-written SQL that several read models share: ordering through a whitelist, word
 * matching.
 */
public final class SqlClauses {

    private SqlClauses() {}

    /**
     * ORDER BY for the requested sort, each field mapped to its SQL expression (only whitelisted
     * expressions ever reach the SQL text), unknown values last, ending on the id so pages never
     * overlap.
     */
    public static String orderBy(
            PageRequest request, Map<String, String> expressionsBySortField, String idColumn) {
        return orderBy(request, expressionsBySortField, Set.of(), idColumn);
    }

    /**
     * As {@link #orderBy(PageRequest, Map, String)}, but the expressions in {@code notNull} (which
     * never yield null) get no NULLS clause: {@code x desc} then matches a plain {@code (x desc,
     * id)} index, which {@code x desc nulls last} would not.
     */
    public static String orderBy(
            PageRequest request,
            Map<String, String> expressionsBySortField,
            Set<String> notNull,
            String idColumn) {
        List<String> terms = new ArrayList<>();
        for (SortOrder order : request.sort()) {
            String expression = expressionsBySortField.get(order.field());
            if (expression == null) {
                throw new IllegalArgumentException("not a sortable field: " + order.field());
            }
            boolean ascending = order.direction() == SortOrder.Direction.ASC;
            terms.add(
                    expression
                            + (ascending ? " asc" : " desc")
                            + (notNull.contains(expression) ? "" : " nulls last"));
        }
        terms.add(idColumn);
        return " order by " + String.join(", ", terms);
    }

    /** " where a and b", or nothing when there are no conditions. */
    public static String where(List<String> conditions) {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    /**
     * Adds one condition per word of {@code text}: each must occur in the folded (lower case,
     * unaccented) expression, which a trigram index serves.
     */
    public static void containsEveryWord(
            String foldedExpression,
            String text,
            List<String> conditions,
            List<Object> parameters) {
        for (String word : text.split("\\s+")) {
            conditions.add(foldedExpression + " like '%' || marquee_fold(?) || '%'");
            parameters.add(word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"));
        }
    }

    /** Adds the condition that {@code column} names the country given by id or by ISO code. */
    public static void countryIs(
            String column, String idOrCode, List<String> conditions, List<Object> parameters) {
        if (isId(idOrCode)) {
            conditions.add(column + " = ?");
            parameters.add(Long.parseLong(idOrCode));
        } else {
            conditions.add(column + " = (select id from countries where upper(code) = upper(?))");
            parameters.add(idOrCode);
        }
    }

    /** True when a filter value is a numeric id rather than a name or code. */
    public static boolean isId(String value) {
        return !value.isEmpty()
                && value.length() <= 18
                && value.chars().allMatch(Character::isDigit);
    }
}

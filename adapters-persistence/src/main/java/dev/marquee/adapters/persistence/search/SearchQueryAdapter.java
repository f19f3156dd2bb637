package dev.marquee.adapters.persistence.search;

import dev.marquee.adapters.persistence.shared.Rows;
import dev.marquee.adapters.persistence.shared.Sql;
import dev.marquee.domain.port.out.CatalogueSearch;
import dev.marquee.domain.search.SearchQuery;
import dev.marquee.domain.search.SearchType;
import dev.marquee.domain.shared.Page;
import dev.marquee.domain.shared.PageRequest;
import dev.marquee.domain.view.SearchHit;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Search in PostgreSQL: candidates found word by word through word indexes and a dictionary of
 * corrections (V9), exact and prefix matches through B-trees, ranked by trigram and word similarity
 * in one statement; see docs/search.md for the candidates and the formula.
 */
@Singleton
public class SearchQueryAdapter implements CatalogueSearch {

    static final SearchSql.Compiled RANKED = SearchSql.compile(SearchSql.RANKED);

    private final Sql sql;

    public SearchQueryAdapter(Sql sql) {
        this.sql = sql;
    }

    @Override
    @Transactional(readOnly = true)
    public Page<SearchHit> search(SearchQuery query, PageRequest request) {
        String form =
                sql.one(SearchSql.PREPARE, List.of(query.text()), row -> row.getString("form"))
                        .orElse("");
        Map<String, Object> values = values(form, query, request);
        long[] total = {0};
        List<SearchHit> hits = new ArrayList<>();
        sql.list(
                RANKED.sql(),
                RANKED.bind(values),
                row -> {
                    total[0] = row.getLong("total");
                    String type = row.getString("type");
                    if (type != null) {
                        hits.add(
                                new SearchHit(
                                        SearchType.valueOf(type.toUpperCase(Locale.ROOT)),
                                        row.getLong("id"),
                                        row.getString("title"),
                                        row.getString("subtitle"),
                                        Rows.nullableInt(row, "year"),
                                        Rows.nullableLong(row, "image"),
                                        row.getDouble("score")));
                    }
                    return type;
                });
        return Page.of(hits, request, total[0]);
    }

    /** The ranking statement, for benchmarks and tests that run it as the adapter does. */
    public static String rankedSql() {
        return RANKED.sql();
    }

    /** The ranking statement's values in binding order, for a query of this search form. */
    public static List<Object> rankedValues(String form, SearchQuery query, PageRequest request) {
        return RANKED.bind(values(form, query, request));
    }

    /** Every named value of the ranking for this query. */
    static Map<String, Object> values(String form, SearchQuery query, PageRequest request) {
        YearInQuery year = YearInQuery.of(form);
        Map<String, Object> values = new HashMap<>();
        values.put("qf", form);
        values.put("qs", form);
        values.put("rf", year == null ? "" : year.rest());
        values.put("rs", year == null ? "" : year.rest());
        values.put("y", year == null ? 0 : year.year());
        values.put("movies", query.includes(SearchType.MOVIE));
        values.put("persons", query.includes(SearchType.PERSON));
        values.put("characters", query.includes(SearchType.CHARACTER));
        values.put("limit", request.size());
        values.put("offset", request.offset());
        return values;
    }

    /**
     * A four-digit year (1880 to 2039) as the first or last word of a query of two words or more,
     * and the query without it.
     */
    record YearInQuery(int year, String rest) {

        static @Nullable YearInQuery of(String form) {
            String[] words = form.split(" ");
            if (words.length < 2) {
                return null;
            }
            Integer last = year(words[words.length - 1]);
            if (last != null) {
                return new YearInQuery(last, form.substring(0, form.lastIndexOf(' ')));
            }
            Integer first = year(words[0]);
            return first == null
                    ? null
                    : new YearInQuery(first, form.substring(form.indexOf(' ') + 1));
        }

        private static @Nullable Integer year(String word) {
            if (word.length() != 4 || !word.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return null;
            }
            int year = Integer.parseInt(word);
            return year >= 1880 && year <= 2039 ? year : null;
        }
    }
}

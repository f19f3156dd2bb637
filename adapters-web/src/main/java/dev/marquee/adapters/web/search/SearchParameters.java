package dev.marquee.adapters.web.search;

import dev.marquee.domain.search.SearchQuery;
import dev.marquee.domain.search.SearchType;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.convert.format.Format;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The {@code q} and repeatable or comma-separated {@code type} query parameters of a search. */
@Introspected
public record SearchParameters(
        @Parameter(description = "What to look for, 1 to 200 characters") @QueryValue @Nullable
                String q,
        @Parameter(
                        description =
                                "movie, person, character; repeatable or comma-separated (all when absent)")
                @QueryValue
                @Format("MULTI")
                @Nullable
                List<String> type) {

    public SearchQuery toQuery() {
        Set<SearchType> types = EnumSet.noneOf(SearchType.class);
        for (String value : type == null ? List.<String>of() : type) {
            Arrays.stream(value.split(","))
                    .filter(name -> !name.isBlank())
                    .map(SearchType::ofApiName)
                    .forEach(types::add);
        }
        return new SearchQuery(q == null ? "" : q, types);
    }
}

package dev.marquee.adapters.web.recommendation;

import dev.marquee.domain.recommendation.RecommendationFilter;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Parameter;

/** The filter query parameters of the recommendation lists. */
@Introspected
public record RecommendationFilterParameters(
        @Parameter(description = "Genre id or name") @QueryValue @Nullable String genre,
        @Parameter(description = "Released in this year or later") @QueryValue @Nullable
                Integer yearFrom,
        @Parameter(description = "Released in this year or earlier") @QueryValue @Nullable
                Integer yearTo) {

    public RecommendationFilter toFilter() {
        return new RecommendationFilter(genre, yearFrom, yearTo);
    }
}

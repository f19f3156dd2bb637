package dev.marquee.adapters.web.movie;

import dev.marquee.adapters.web.shared.RequestValues;
import dev.marquee.domain.movie.MovieFilter;
import dev.marquee.domain.person.PersonId;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.convert.format.Format;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.List;

/** The filter query parameters of {@code GET /movies}. */
@Introspected
public record MovieListFilter(
        @Parameter(description = "Genre id or name; repeat to require several (all must match)")
                @QueryValue
                @Format("MULTI")
                @Nullable
                List<String> genre,
        @Parameter(description = "Country id or ISO 3166-1 alpha-2 code") @QueryValue @Nullable
                String country,
        @Parameter(description = "Released in this year or later") @QueryValue @Nullable
                Integer yearFrom,
        @Parameter(description = "Released in this year or earlier") @QueryValue @Nullable
                Integer yearTo,
        @Parameter(description = "Directed by this person") @QueryValue @Nullable Long directorId,
        @Parameter(description = "With this person in the cast") @QueryValue @Nullable Long actorId,
        @Parameter(description = "Words of the title, in any case, with or without accents")
                @QueryValue
                @Nullable
                String q) {

    public MovieFilter toFilter() {
        return new MovieFilter(
                genre,
                country,
                yearFrom,
                yearTo,
                RequestValues.id(directorId, "directorId", PersonId::new),
                RequestValues.id(actorId, "actorId", PersonId::new),
                q);
    }
}

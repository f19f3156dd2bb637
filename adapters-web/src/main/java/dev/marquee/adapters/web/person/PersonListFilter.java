package dev.marquee.adapters.web.person;

import dev.marquee.domain.person.PersonFilter;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Parameter;

/** The filter query parameters of {@code GET /persons}. */
@Introspected
public record PersonListFilter(
        @Parameter(description = "Words of the name, in any case, with or without accents")
                @QueryValue
                @Nullable
                String q,
        @Parameter(description = "Country id or ISO 3166-1 alpha-2 code") @QueryValue @Nullable
                String country) {

    public PersonFilter toFilter() {
        return new PersonFilter(q, country);
    }
}

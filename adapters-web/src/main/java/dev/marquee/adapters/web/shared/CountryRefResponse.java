package dev.marquee.adapters.web.shared;

import dev.marquee.domain.view.CountryRef;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A country as other resources embed it. */
@Serdeable
public record CountryRefResponse(long id, String code, String name) {

    public static @Nullable CountryRefResponse of(@Nullable CountryRef country) {
        return country == null
                ? null
                : new CountryRefResponse(country.id(), country.code(), country.name());
    }
}

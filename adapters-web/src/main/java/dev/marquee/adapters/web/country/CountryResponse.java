package dev.marquee.adapters.web.country;

import dev.marquee.domain.country.Country;
import io.micronaut.serde.annotation.Serdeable;

/** A country as the API shows it. */
@Serdeable
public record CountryResponse(long id, String code, String name) {

    public static CountryResponse of(Country country) {
        return new CountryResponse(
                country.id().value(), country.code().value(), country.name().value());
    }
}

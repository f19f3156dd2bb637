package dev.marquee.domain.country;

import java.util.Objects;

/** The editable state of a country. */
public record CountryDetails(CountryCode code, CountryName name) {

    public CountryDetails {
        Objects.requireNonNull(code);
        Objects.requireNonNull(name);
    }
}

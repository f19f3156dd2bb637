package dev.marquee.domain.country;

import dev.marquee.domain.shared.Ids;

/** Identifies a country. */
public record CountryId(long value) {

    public CountryId {
        Ids.requirePositive(value, "countryId");
    }
}

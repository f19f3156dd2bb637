package dev.marquee.domain.country;

import java.util.Objects;

/** A country that movies are produced in and persons come from. */
public final class Country {

    private final CountryId id;
    private CountryDetails details;

    private Country(CountryId id, CountryDetails details) {
        this.id = Objects.requireNonNull(id);
        this.details = Objects.requireNonNull(details);
    }

    public static Country restore(CountryId id, CountryDetails details) {
        return new Country(id, details);
    }

    public void update(CountryDetails newDetails) {
        this.details = Objects.requireNonNull(newDetails);
    }

    public CountryId id() {
        return id;
    }

    public CountryCode code() {
        return details.code();
    }

    public CountryName name() {
        return details.name();
    }

    public CountryDetails details() {
        return details;
    }
}

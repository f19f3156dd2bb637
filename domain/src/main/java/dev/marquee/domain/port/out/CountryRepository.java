package dev.marquee.domain.port.out;

import dev.marquee.domain.country.Country;
import dev.marquee.domain.country.CountryDetails;
import dev.marquee.domain.country.CountryId;
import dev.marquee.domain.shared.Page;
import dev.marquee.domain.shared.PageRequest;
import java.util.Optional;

/**
 * Stores countries; codes and names are unique regardless of case and a duplicate raises a
 * ConflictException.
 */
public interface CountryRepository {

    Page<Country> findAll(PageRequest request);

    Optional<Country> findById(CountryId id);

    Country add(CountryDetails details);

    void save(Country country);

    /**
     * Removes the country, returning false when there was none; one still referred to raises a
     * ConflictException.
     */
    boolean delete(CountryId id);
}

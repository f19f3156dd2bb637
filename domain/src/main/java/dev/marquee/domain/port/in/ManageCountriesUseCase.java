package dev.marquee.domain.port.in;

import dev.marquee.domain.country.Country;
import dev.marquee.domain.country.CountryDetails;
import dev.marquee.domain.country.CountryId;
import dev.marquee.domain.shared.Page;
import dev.marquee.domain.shared.PageRequest;
import dev.marquee.domain.shared.Sortable;

/** Reads and edits the list of countries. */
public interface ManageCountriesUseCase {

    Sortable SORTABLE = Sortable.by("id", "code", "name");

    Page<Country> list(PageRequest request);

    Country get(CountryId id);

    Country create(CountryDetails details);

    Country update(CountryId id, CountryDetails details);

    void delete(CountryId id);
}

package dev.marquee.application.country;

import dev.marquee.domain.country.Country;
import dev.marquee.domain.country.CountryDetails;
import dev.marquee.domain.country.CountryId;
import dev.marquee.domain.port.in.ManageCountriesUseCase;
import dev.marquee.domain.port.out.CountryRepository;
import dev.marquee.domain.shared.NotFoundException;
import dev.marquee.domain.shared.Page;
import dev.marquee.domain.shared.PageRequest;
import dev.marquee.domain.shared.SortOrder;

/** Country reads and edits; uniqueness and "still in use" are decided by the repository. */
public final class CountryService implements ManageCountriesUseCase {

    private final CountryRepository countries;

    public CountryService(CountryRepository countries) {
        this.countries = countries;
    }

    @Override
    public Page<Country> list(PageRequest request) {
        return countries.findAll(
                SORTABLE.check(request).orDefaultSort(SortOrder.ascending("name")));
    }

    @Override
    public Country get(CountryId id) {
        return countries
                .findById(id)
                .orElseThrow(() -> new NotFoundException("country", id.value()));
    }

    @Override
    public Country create(CountryDetails details) {
        return countries.add(details);
    }

    @Override
    public Country update(CountryId id, CountryDetails details) {
        Country country = get(id);
        country.update(details);
        countries.save(country);
        return country;
    }

    @Override
    public void delete(CountryId id) {
        if (!countries.delete(id)) {
            throw new NotFoundException("country", id.value());
        }
    }
}

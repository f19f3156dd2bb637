package dev.marquee.domain.port.out.fakes;

import dev.marquee.domain.country.CountryId;
import dev.marquee.domain.port.out.CountryRepository;
import dev.marquee.domain.port.out.CountryRepositoryContract;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;

class InMemoryCountryRepositoryTest extends CountryRepositoryContract {

    private final InMemoryCountryRepository countries = new InMemoryCountryRepository();
    private final Iterator<String> codes =
            Set.of(Locale.getISOCountries()).stream().sorted().iterator();

    @Override
    protected CountryRepository countries() {
        return countries;
    }

    @Override
    protected String freeCountryCode() {
        return codes.next();
    }

    @Override
    protected void referToFromAMovie(CountryId country) {
        countries.referToFromAMovie(country);
    }
}

package dev.marquee.adapters.persistence.country;

import static dev.marquee.adapters.persistence.SharedContext.sql;

import dev.marquee.adapters.persistence.SharedContext;
import dev.marquee.domain.country.CountryId;
import dev.marquee.domain.port.out.CountryRepository;
import dev.marquee.domain.port.out.CountryRepositoryContract;
import org.junit.jupiter.api.Test;

class CountryPersistenceAdapterTest extends CountryRepositoryContract {

    private final CountryRepository countries = SharedContext.bean(CountryRepository.class);

    @Override
    protected CountryRepository countries() {
        return countries;
    }

    @Override
    protected String freeCountryCode() {
        return SharedContext.freeCountryCode();
    }

    @Override
    protected void referToFromAMovie(CountryId country) {
        sql("insert into movies (title, country_id) values ('Abroad', ?)", country.value());
    }

    @Test
    void aCountryNamedByAPersonCannotBeDeletedEither() {
        var country =
                countries.add(
                        new dev.marquee.domain.country.CountryDetails(
                                new dev.marquee.domain.country.CountryCode(freeCountryCode()),
                                new dev.marquee.domain.country.CountryName("Elbonia " + unique())));
        sql("insert into persons (first_name, country_id) values ('Ann', ?)", country.id().value());

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> countries.delete(country.id()))
                .satisfies(conflict("country-in-use"));
    }
}

package dev.marquee.domain.port.out.fakes;

import dev.marquee.domain.country.CountryId;
import dev.marquee.domain.person.PersonId;
import dev.marquee.domain.port.out.PersonRepository;
import dev.marquee.domain.port.out.PersonRepositoryContract;
import java.time.Clock;

class InMemoryPersonRepositoryTest extends PersonRepositoryContract {

    private final InMemoryPersonRepository persons =
            new InMemoryPersonRepository(Clock.systemUTC());
    private long countries;

    @Override
    protected PersonRepository persons() {
        return persons;
    }

    @Override
    protected CountryId existingCountry() {
        persons.knowCountries(++countries);
        return new CountryId(countries);
    }

    @Override
    protected void directAMovie(PersonId person) {
        persons.inUse(person);
    }

    @Override
    protected void playInAMovie(PersonId person) {
        persons.inUse(person);
    }
}

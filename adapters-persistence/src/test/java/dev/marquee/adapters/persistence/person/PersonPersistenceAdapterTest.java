package dev.marquee.adapters.persistence.person;

import static dev.marquee.adapters.persistence.SharedContext.sql;

import dev.marquee.adapters.persistence.SharedContext;
import dev.marquee.domain.country.CountryId;
import dev.marquee.domain.person.PersonId;
import dev.marquee.domain.port.out.PersonRepository;
import dev.marquee.domain.port.out.PersonRepositoryContract;

class PersonPersistenceAdapterTest extends PersonRepositoryContract {

    private final PersonRepository persons = SharedContext.bean(PersonRepository.class);

    @Override
    protected PersonRepository persons() {
        return persons;
    }

    @Override
    protected CountryId existingCountry() {
        return new CountryId(
                sql(
                        "insert into countries (code, name) values (?, ?) returning id",
                        SharedContext.freeCountryCode(),
                        "Land " + unique()));
    }

    @Override
    protected void directAMovie(PersonId person) {
        sql("insert into movies (title, director_id) values ('Directed', ?)", person.value());
    }

    @Override
    protected void playInAMovie(PersonId person) {
        sql(
                "insert into cast_credits (movie_id, character_id, actor_id, role) values (?, ?, ?, 'LEADING')",
                SharedContext.insertMovie("Played"),
                SharedContext.insertCharacter("Part"),
                person.value());
    }
}

package dev.marquee.domain.port.out.fakes;

import dev.marquee.domain.person.Person;
import dev.marquee.domain.person.PersonDetails;
import dev.marquee.domain.person.PersonId;
import dev.marquee.domain.port.out.PersonRepository;
import dev.marquee.domain.shared.ConflictException;
import dev.marquee.domain.shared.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Persons in memory; only save() persists a change; a country id must have been made known with
 * knowCountries(), and a person marked with inUse() (a director or actor) cannot be deleted.
 */
public final class InMemoryPersonRepository implements PersonRepository {

    private final Clock clock;
    private final Map<Long, Person> persons = new LinkedHashMap<>();
    private final Set<Long> countries = new HashSet<>();
    private final Set<Long> inUse = new HashSet<>();
    private long nextId = 1;

    public InMemoryPersonRepository(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized Person add(PersonDetails details) {
        checkCountry(details);
        Instant now = clock.instant();
        Person person = Person.restore(new PersonId(nextId++), details, now, now);
        persons.put(person.id().value(), person);
        return Person.restore(person.id(), details, now, now);
    }

    @Override
    public synchronized Optional<Person> findById(PersonId id) {
        return Optional.ofNullable(persons.get(id.value()))
                .map(
                        person ->
                                Person.restore(
                                        person.id(),
                                        person.details(),
                                        person.createdAt(),
                                        person.updatedAt()));
    }

    @Override
    public synchronized void save(Person person) {
        checkCountry(person.details());
        persons.put(
                person.id().value(),
                Person.restore(
                        person.id(), person.details(), person.createdAt(), person.updatedAt()));
    }

    @Override
    public synchronized boolean delete(PersonId id) {
        if (inUse.contains(id.value())) {
            throw new ConflictException(
                    "person-in-use", "This person directs or plays in movies; change those first");
        }
        return persons.remove(id.value()) != null;
    }

    /** Every stored person, in the order they were added. */
    synchronized List<Person> all() {
        return persons.values().stream()
                .map(p -> Person.restore(p.id(), p.details(), p.createdAt(), p.updatedAt()))
                .toList();
    }

    /** Makes these country ids valid, as rows of the countries table would. */
    public synchronized void knowCountries(long... ids) {
        for (long id : ids) {
            countries.add(id);
        }
    }

    /** Marks the person as a director or actor of some movie, as those rows would. */
    public synchronized void inUse(PersonId id) {
        inUse.add(id.value());
    }

    private void checkCountry(PersonDetails details) {
        if (details.countryId() != null && !countries.contains(details.countryId().value())) {
            throw new InvalidInputException("countryId", "no country has this id");
        }
    }
}

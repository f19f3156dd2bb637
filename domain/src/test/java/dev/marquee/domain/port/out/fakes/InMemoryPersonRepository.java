package dev.marquee.domain.port.out.fakes;

import dev.marquee.domain.person.Person;
import dev.marquee.domain.person.PersonDetails;
import dev.marquee.domain.person.PersonId;
import dev.marquee.domain.port.out.PersonRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Persons in memory; only save() persists a change. */
public final class InMemoryPersonRepository implements PersonRepository {

    private final Clock clock;
    private final Map<Long, Person> persons = new LinkedHashMap<>();
    private long nextId = 1;

    public InMemoryPersonRepository(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized Person add(PersonDetails details) {
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
        persons.put(
                person.id().value(),
                Person.restore(
                        person.id(), person.details(), person.createdAt(), person.updatedAt()));
    }

    @Override
    public synchronized boolean delete(PersonId id) {
        return persons.remove(id.value()) != null;
    }
}

package dev.marquee.domain.port.out;

import dev.marquee.domain.person.Person;
import dev.marquee.domain.person.PersonDetails;
import dev.marquee.domain.person.PersonId;
import java.util.Optional;

/** Stores persons; an unknown country id raises an InvalidInputException naming the field. */
public interface PersonRepository {

    Person add(PersonDetails details);

    Optional<Person> findById(PersonId id);

    void save(Person person);

    /**
     * Removes the person, false when there was none; one who directs or plays in a movie raises a
     * ConflictException.
     */
    boolean delete(PersonId id);
}

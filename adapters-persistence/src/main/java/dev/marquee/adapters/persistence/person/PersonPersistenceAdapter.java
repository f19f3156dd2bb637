package dev.marquee.adapters.persistence.person;

import dev.marquee.adapters.persistence.shared.ConstraintViolations;
import dev.marquee.adapters.persistence.shared.DatabaseTime;
import dev.marquee.domain.country.CountryId;
import dev.marquee.domain.person.Gender;
import dev.marquee.domain.person.Person;
import dev.marquee.domain.person.PersonDetails;
import dev.marquee.domain.person.PersonId;
import dev.marquee.domain.port.out.PersonRepository;
import dev.marquee.domain.shared.ConflictException;
import dev.marquee.domain.shared.InvalidInputException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** Stores persons in PostgreSQL. */
@Singleton
public class PersonPersistenceAdapter implements PersonRepository {

    private static final ConstraintViolations WRITE_VIOLATIONS =
            ConstraintViolations.of(
                    Map.of(
                            "persons_country_fk",
                            () ->
                                    new InvalidInputException(
                                            "countryId", "no country has this id")));
    private static final ConstraintViolations DELETE_VIOLATIONS =
            ConstraintViolations.of(
                    Map.of(
                            "movies_director_fk",
                                    () ->
                                            new ConflictException(
                                                    "person-in-use",
                                                    "This person directs movies; give those movies another director first"),
                            "cast_credits_actor_fk",
                                    () ->
                                            new ConflictException(
                                                    "person-in-use",
                                                    "This person plays in movies; remove those cast credits first")));

    private final PersonRowRepository rows;
    private final DatabaseTime time;

    public PersonPersistenceAdapter(PersonRowRepository rows, DatabaseTime time) {
        this.rows = rows;
        this.time = time;
    }

    @Override
    @Transactional
    public Person add(PersonDetails details) {
        Instant now = time.now();
        PersonRow row = WRITE_VIOLATIONS.translate(() -> rows.save(toRow(null, details, now, now)));
        return Person.restore(new PersonId(row.id()), details, now, now);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Person> findById(PersonId id) {
        return rows.findById(id.value())
                .map(row -> Person.restore(id, toDetails(row), row.createdAt(), row.updatedAt()));
    }

    @Override
    @Transactional
    public void save(Person person) {
        WRITE_VIOLATIONS.translate(
                () ->
                        rows.update(
                                toRow(
                                        person.id().value(),
                                        person.details(),
                                        person.createdAt(),
                                        time.now())));
    }

    @Override
    @Transactional
    public boolean delete(PersonId id) {
        if (!rows.existsById(id.value())) {
            return false;
        }
        DELETE_VIOLATIONS.translate(() -> rows.deleteById(id.value()));
        return true;
    }

    private static PersonRow toRow(
            Long id, PersonDetails details, Instant createdAt, Instant updatedAt) {
        return new PersonRow(
                id,
                details.firstName(),
                details.lastName(),
                details.biography(),
                details.dateOfBirth(),
                details.gender().name(),
                details.countryId() == null ? null : details.countryId().value(),
                createdAt,
                updatedAt);
    }

    private static PersonDetails toDetails(PersonRow row) {
        return new PersonDetails(
                row.firstName(),
                row.lastName(),
                row.biography(),
                row.dateOfBirth(),
                Gender.valueOf(row.gender()),
                row.countryId() == null ? null : new CountryId(row.countryId()));
    }
}

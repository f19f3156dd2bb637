package dev.marquee.domain.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marquee.domain.country.CountryId;
import dev.marquee.domain.person.Gender;
import dev.marquee.domain.person.Person;
import dev.marquee.domain.person.PersonDetails;
import dev.marquee.domain.person.PersonId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/** What every PersonRepository must do, run against the in-memory fake and PostgreSQL. */
public abstract class PersonRepositoryContract extends ContractSupport {

    protected abstract PersonRepository persons();

    protected abstract CountryId existingCountry();

    /** Makes the person the director of some movie. */
    protected abstract void directAMovie(PersonId person);

    /** Casts the person in some movie. */
    protected abstract void playInAMovie(PersonId person);

    @Test
    void addsAPersonAndReadsTheSameDetailsBack() {
        PersonDetails details =
                new PersonDetails(
                        "Michael",
                        "Mann",
                        "Director of Heat",
                        LocalDate.of(1943, 2, 5),
                        Gender.MALE,
                        existingCountry());

        Person added = persons().add(details);

        Person found = persons().findById(added.id()).orElseThrow();
        assertThat(found.details()).isEqualTo(details);
        assertThat(found.createdAt()).isEqualTo(added.createdAt());
        assertThat(persons().findById(new PersonId(UNKNOWN_ID))).isEmpty();
    }

    @Test
    void anUnknownCountryIsInvalidInputNamingTheField() {
        PersonDetails stateless =
                new PersonDetails("Nobody", null, null, null, null, new CountryId(UNKNOWN_ID));

        assertThatThrownBy(() -> persons().add(stateless)).satisfies(invalidField("countryId"));

        Person person = persons().add(new PersonDetails("Somebody", null, null, null, null, null));
        person.replace(stateless, Instant.now());
        assertThatThrownBy(() -> persons().save(person)).satisfies(invalidField("countryId"));
        assertThat(persons().findById(person.id()).orElseThrow().details().firstName())
                .isEqualTo("Somebody");
    }

    @Test
    void savesReplacedDetails() {
        Person person = persons().add(new PersonDetails("Draft", null, null, null, null, null));
        PersonDetails replaced =
                new PersonDetails("Final", "Name", "Bio", null, Gender.FEMALE, existingCountry());
        Instant later = Instant.now().truncatedTo(ChronoUnit.MICROS).plusSeconds(60);

        person.replace(replaced, later);
        persons().save(person);

        Person saved = persons().findById(person.id()).orElseThrow();
        assertThat(saved.details()).isEqualTo(replaced);
        assertThat(saved.createdAt()).isEqualTo(person.createdAt());
    }

    @Test
    void deleteRemovesThePersonAndIsFalseWhenThereIsNone() {
        Person person = persons().add(new PersonDetails("Brief", null, null, null, null, null));

        assertThat(persons().delete(person.id())).isTrue();
        assertThat(persons().findById(person.id())).isEmpty();
        assertThat(persons().delete(person.id())).isFalse();
    }

    @Test
    void aPersonWhoDirectsOrPlaysCannotBeDeleted() {
        Person director = persons().add(new PersonDetails("Dir", null, null, null, null, null));
        Person actor = persons().add(new PersonDetails("Act", null, null, null, null, null));
        directAMovie(director.id());
        playInAMovie(actor.id());

        assertThatThrownBy(() -> persons().delete(director.id()))
                .satisfies(conflict("person-in-use"));
        assertThatThrownBy(() -> persons().delete(actor.id())).satisfies(conflict("person-in-use"));
        assertThat(persons().findById(director.id())).isPresent();
        assertThat(persons().findById(actor.id())).isPresent();
    }
}

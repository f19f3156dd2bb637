package dev.marquee.domain.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marquee.domain.shared.InvalidInputException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A person's birth date is checked against the caller's today, not the machine's. */
class PersonDetailsBirthDateTest {

    private static final LocalDate TODAY = LocalDate.of(2030, 6, 15);

    private static PersonDetails bornOn(LocalDate date) {
        return new PersonDetails("Ada", null, null, date, Gender.FEMALE, null);
    }

    @Test
    void aStoredFutureBirthDateCanStillBeRestored() {
        assertThat(bornOn(LocalDate.of(2999, 1, 1)).dateOfBirth()).isEqualTo("2999-01-01");
    }

    @Test
    void tomorrowIsAllowedForTimeZonesButNotTheDayAfter() {
        assertThat(bornOn(TODAY.plusDays(1)).requireBornBy(TODAY).dateOfBirth())
                .isEqualTo(TODAY.plusDays(1));
        assertThatThrownBy(() -> bornOn(TODAY.plusDays(2)).requireBornBy(TODAY))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("dateOfBirth");
    }

    @Test
    void noBirthDateIsNeverInTheFuture() {
        assertThat(bornOn(null).requireBornBy(TODAY).dateOfBirth()).isNull();
    }
}

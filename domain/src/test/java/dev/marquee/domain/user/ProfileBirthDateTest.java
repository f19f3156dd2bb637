package dev.marquee.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marquee.domain.shared.InvalidInputException;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A profile's birth date is checked against the caller's today, not the machine's. */
class ProfileBirthDateTest {

    private static final LocalDate TODAY = LocalDate.of(2030, 6, 15);

    private static Profile bornOn(LocalDate date) {
        return new Profile(null, date, Set.of(), null);
    }

    @Test
    void aStoredFutureBirthDateCanStillBeRestored() {
        assertThat(bornOn(LocalDate.of(2999, 1, 1)).birthDate()).isEqualTo("2999-01-01");
    }

    @Test
    void todayIsTheLatestBirthDate() {
        assertThat(bornOn(TODAY).requireBornBy(TODAY).birthDate()).isEqualTo(TODAY);
        assertThatThrownBy(() -> bornOn(TODAY.plusDays(1)).requireBornBy(TODAY))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("birthDate");
    }

    @Test
    void before1900IsRejectedWhateverTheDay() {
        assertThatThrownBy(() -> bornOn(LocalDate.of(1899, 12, 31)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("birthDate");
    }
}

package dev.marquee.adapters.web.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marquee.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class FieldChecksTest {

    @Test
    void reportsEveryFieldThatFailsNotOnlyTheFirst() {
        FieldChecks fields = new FieldChecks();
        fields.check(() -> RequestValues.date("yesterday", "releaseDate"));
        fields.check(() -> RequestValues.id(-1L, "countryId", Long::valueOf));
        fields.check(() -> RequestValues.date("2001-01-01", "fine"));

        assertThatThrownBy(() -> fields.build(() -> "built"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        invalid ->
                                assertThat(invalid.violations())
                                        .extracting(InvalidInputException.FieldViolation::field)
                                        .containsExactly("releaseDate", "countryId"));
    }

    @Test
    void buildsWhenEveryFieldConverted() {
        FieldChecks fields = new FieldChecks();
        Long id = fields.check(() -> RequestValues.id(7L, "countryId", Long::valueOf));

        assertThat(fields.build(() -> "country " + id)).isEqualTo("country 7");
    }
}

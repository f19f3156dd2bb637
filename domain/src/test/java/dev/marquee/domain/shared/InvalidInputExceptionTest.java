package dev.marquee.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marquee.domain.shared.InvalidInputException.FieldViolation;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvalidInputExceptionTest {

    @Test
    void singleViolationNamesItsField() {
        InvalidInputException e = new InvalidInputException("title", "must not be blank");

        assertThat(e.violations())
                .containsExactly(new FieldViolation("title", "must not be blank"));
        assertThat(e).hasMessage("title must not be blank");
    }

    @Test
    void keepsEveryViolationInOrder() {
        InvalidInputException e =
                new InvalidInputException(
                        List.of(
                                new FieldViolation("username", "is too short"),
                                new FieldViolation("password", "is too short")));

        assertThat(e.violations())
                .extracting(FieldViolation::field)
                .containsExactly("username", "password");
        assertThat(e).hasMessage("2 fields are invalid");
    }

    @Test
    void hasTheStableCodeInvalidInput() {
        assertThat(new InvalidInputException("page", "must be at least 1").code())
                .isEqualTo("invalid-input");
    }

    @Test
    void requiresAtLeastOneViolation() {
        assertThatThrownBy(() -> new InvalidInputException(List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void violationsCannotBeChangedAfterwards() {
        InvalidInputException e = new InvalidInputException("title", "must not be blank");

        assertThatThrownBy(() -> e.violations().add(new FieldViolation("x", "y")))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}

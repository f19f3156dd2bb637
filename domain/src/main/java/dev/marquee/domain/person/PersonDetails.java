package dev.marquee.domain.person;

import dev.marquee.domain.country.CountryId;
import dev.marquee.domain.shared.InvalidInputException;
import dev.marquee.domain.shared.Text;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The editable state of a person: first name required, the rest optional; {@link #requireBornBy}
 * keeps the birth date out of the future.
 */
public record PersonDetails(
        String firstName,
        @Nullable String lastName,
        @Nullable String biography,
        @Nullable LocalDate dateOfBirth,
        Gender gender,
        @Nullable CountryId countryId) {

    public static final int MAX_NAME_LENGTH = 100;
    public static final int MAX_BIOGRAPHY_LENGTH = 20_000;

    public PersonDetails {
        firstName = Text.required(firstName, "firstName", MAX_NAME_LENGTH);
        lastName = Text.optional(lastName, "lastName", MAX_NAME_LENGTH);
        biography = Text.optional(biography, "biography", MAX_BIOGRAPHY_LENGTH);
        gender = gender == null ? Gender.UNKNOWN : gender;
    }

    /**
     * Rejects a birth date in the future (a day's slack for time zones). Not a constructor check,
     * so a stored person stays readable whatever the clock says; services call it on every write.
     */
    public PersonDetails requireBornBy(LocalDate today) {
        if (dateOfBirth != null && dateOfBirth.isAfter(today.plusDays(1))) {
            throw new InvalidInputException("dateOfBirth", "must not be in the future");
        }
        return this;
    }
}

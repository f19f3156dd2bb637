package dev.marquee.adapters.web.person;

import dev.marquee.adapters.web.shared.RequestValues;
import dev.marquee.domain.country.CountryId;
import dev.marquee.domain.person.Gender;
import dev.marquee.domain.person.PersonDetails;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** The body of a person create or full replace; {@code gender} is FEMALE, MALE, NON_BINARY or UNKNOWN. */
@Serdeable
public record PersonRequest(@NotBlank @Size(max = PersonDetails.MAX_NAME_LENGTH) String firstName,
                            @Nullable @Size(max = PersonDetails.MAX_NAME_LENGTH) String lastName,
                            @Nullable @Size(max = PersonDetails.MAX_BIOGRAPHY_LENGTH) String biography,
                            @Nullable String dateOfBirth,
                            @Nullable String gender,
                            @Nullable @Positive Long countryId) {

    public PersonDetails toDetails() {
        return new PersonDetails(firstName, lastName, biography, RequestValues.date(dateOfBirth, "dateOfBirth"),
                RequestValues.enumValue(gender, Gender.class, "gender"), RequestValues.id(countryId, "countryId", CountryId::new));
    }
}

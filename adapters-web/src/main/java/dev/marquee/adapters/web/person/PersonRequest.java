package dev.marquee.adapters.web.person;

import dev.marquee.adapters.web.shared.FieldChecks;
import dev.marquee.adapters.web.shared.RequestValues;
import dev.marquee.domain.country.CountryId;
import dev.marquee.domain.person.Gender;
import dev.marquee.domain.person.PersonDetails;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * The body of a person create or full replace; {@code gender} is FEMALE, MALE, NON_BINARY or
 * UNKNOWN.
 */
@Serdeable
public record PersonRequest(
        @NotBlank @Size(max = PersonDetails.MAX_NAME_LENGTH) String firstName,
        @Nullable @Size(max = PersonDetails.MAX_NAME_LENGTH) String lastName,
        @Nullable @Size(max = PersonDetails.MAX_BIOGRAPHY_LENGTH) String biography,
        @Schema(type = "string", format = "date") @Nullable String dateOfBirth,
        @Schema(type = "string", implementation = Gender.class) @Nullable String gender,
        @Nullable @Positive Long countryId) {

    public PersonDetails toDetails() {
        FieldChecks fields = new FieldChecks();
        LocalDate born = fields.check(() -> RequestValues.date(dateOfBirth, "dateOfBirth"));
        Gender declaredGender =
                fields.check(() -> RequestValues.enumValue(gender, Gender.class, "gender"));
        CountryId country =
                fields.check(() -> RequestValues.id(countryId, "countryId", CountryId::new));
        return fields.build(
                () ->
                        new PersonDetails(
                                firstName, lastName, biography, born, declaredGender, country));
    }
}

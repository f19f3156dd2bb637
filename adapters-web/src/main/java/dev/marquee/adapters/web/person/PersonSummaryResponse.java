package dev.marquee.adapters.web.person;

import dev.marquee.adapters.web.file.FileResponse;
import dev.marquee.adapters.web.shared.CountryRefResponse;
import dev.marquee.domain.person.Gender;
import dev.marquee.domain.view.PersonSummary;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;

/** A person as lists show them. */
@Serdeable
public record PersonSummaryResponse(
        long id,
        String firstName,
        @Nullable String lastName,
        @Nullable LocalDate dateOfBirth,
        Gender gender,
        @Nullable CountryRefResponse country,
        @Nullable String mainPhotoUrl) {

    public static PersonSummaryResponse of(PersonSummary person) {
        return new PersonSummaryResponse(
                person.id(),
                person.firstName(),
                person.lastName(),
                person.dateOfBirth(),
                person.gender(),
                CountryRefResponse.of(person.country()),
                FileResponse.contentUrl(person.mainPhotoFileId()));
    }
}

package dev.marquee.adapters.web.person;

import dev.marquee.adapters.web.shared.CountryRefResponse;
import dev.marquee.domain.person.Gender;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/** A person as lists show them. */
@Serdeable
public record PersonSummaryResponse(
        long id,
        String firstName,
        @Nullable String lastName,
        @Nullable LocalDate dateOfBirth,
        Gender gender,
        @Schema(type = "object") @Nullable CountryRefResponse country,
        @Nullable String mainPhotoUrl) {}

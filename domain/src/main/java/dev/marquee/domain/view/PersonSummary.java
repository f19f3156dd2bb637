package dev.marquee.domain.view;

import dev.marquee.domain.person.Gender;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A person as lists show them. */
public record PersonSummary(
        long id,
        String firstName,
        @Nullable String lastName,
        @Nullable LocalDate dateOfBirth,
        Gender gender,
        @Nullable CountryRef country,
        @Nullable Long mainPhotoFileId) {}

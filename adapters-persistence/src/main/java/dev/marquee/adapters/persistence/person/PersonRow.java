package dev.marquee.adapters.persistence.person;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.time.LocalDate;

/** A row of the persons table. */
@MappedEntity("persons")
public record PersonRow(
        @Id @GeneratedValue @Nullable Long id,
        String firstName,
        @Nullable String lastName,
        @Nullable String biography,
        @Nullable LocalDate dateOfBirth,
        String gender,
        @Nullable Long countryId,
        Instant createdAt,
        Instant updatedAt) {}

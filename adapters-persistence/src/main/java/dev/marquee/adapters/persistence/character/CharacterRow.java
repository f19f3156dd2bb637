package dev.marquee.adapters.persistence.character;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A row of the characters table. */
@MappedEntity("characters")
public record CharacterRow(
        @Id @GeneratedValue @Nullable Long id,
        String name,
        @Nullable String description,
        Instant createdAt,
        Instant updatedAt) {}

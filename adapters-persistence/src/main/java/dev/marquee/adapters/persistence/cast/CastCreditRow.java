package dev.marquee.adapters.persistence.cast;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A row of the cast_credits table. */
@MappedEntity("cast_credits")
public record CastCreditRow(
        @Id @GeneratedValue @Nullable Long id,
        long movieId,
        long characterId,
        long actorId,
        String role,
        @Nullable String description,
        Instant createdAt) {}

package dev.marquee.adapters.persistence.movie;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The editable columns of a row of the movies table (aggregates, popularity and poster are kept
 * elsewhere).
 */
@MappedEntity("movies")
public record MovieRow(
        @Id @GeneratedValue @Nullable Long id,
        String title,
        @Nullable String description,
        @Nullable String tagline,
        @Nullable BigDecimal budget,
        @Nullable BigDecimal revenue,
        @Nullable LocalDate releaseDate,
        @Nullable Integer duration,
        @Nullable Long countryId,
        @Nullable Long directorId,
        @Nullable Integer tmdbId,
        @Nullable String imdbId,
        @Nullable String originalLanguage,
        @Nullable String status,
        Instant createdAt,
        Instant updatedAt) {}

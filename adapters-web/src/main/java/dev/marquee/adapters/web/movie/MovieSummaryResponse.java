package dev.marquee.adapters.web.movie;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A movie as lists show it. */
@Serdeable
public record MovieSummaryResponse(
        long id,
        String title,
        @Nullable LocalDate releaseDate,
        @Nullable Integer releaseYear,
        @Nullable Integer duration,
        @Nullable String posterUrl,
        List<String> genres,
        @Nullable BigDecimal averageRating,
        int ratingCount,
        double popularity,
        @Nullable Integer tmdbId,
        @Nullable String imdbId) {}

package dev.marquee.domain.view;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A movie as lists show it; {@code releaseYear} is known also when the date is not. */
public record MovieSummary(
        long id,
        String title,
        @Nullable LocalDate releaseDate,
        @Nullable Integer releaseYear,
        @Nullable Integer duration,
        @Nullable Long posterFileId,
        List<String> genres,
        @Nullable BigDecimal averageRating,
        int ratingCount,
        double popularity,
        @Nullable Integer tmdbId,
        @Nullable String imdbId) {

    public MovieSummary {
        genres = List.copyOf(genres);
    }
}

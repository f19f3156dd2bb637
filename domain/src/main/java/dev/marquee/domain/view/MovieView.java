package dev.marquee.domain.view;

import dev.marquee.domain.movie.MovieStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A movie's detail page: the movie with its country, director, genres, cast and ratings resolved.
 */
public record MovieView(
        long id,
        String title,
        @Nullable String description,
        @Nullable String tagline,
        @Nullable BigDecimal budget,
        @Nullable BigDecimal revenue,
        @Nullable LocalDate releaseDate,
        @Nullable Integer releaseYear,
        @Nullable Integer duration,
        @Nullable CountryRef country,
        @Nullable Named director,
        List<Named> genres,
        @Nullable FileView poster,
        List<CastCreditView> cast,
        @Nullable Integer tmdbId,
        @Nullable String imdbId,
        @Nullable String originalLanguage,
        @Nullable MovieStatus status,
        double popularity,
        RatingSummary ratings,
        Instant createdAt,
        Instant updatedAt) {

    public MovieView {
        genres = List.copyOf(genres);
        cast = List.copyOf(cast);
    }
}

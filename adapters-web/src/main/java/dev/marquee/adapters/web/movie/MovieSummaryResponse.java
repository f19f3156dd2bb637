package dev.marquee.adapters.web.movie;

import dev.marquee.adapters.web.file.FileResponse;
import dev.marquee.domain.view.MovieSummary;
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
        @Nullable String imdbId) {

    public static MovieSummaryResponse of(MovieSummary movie) {
        return new MovieSummaryResponse(
                movie.id(),
                movie.title(),
                movie.releaseDate(),
                movie.releaseYear(),
                movie.duration(),
                FileResponse.contentUrl(movie.posterFileId()),
                movie.genres(),
                movie.averageRating(),
                movie.ratingCount(),
                movie.popularity(),
                movie.tmdbId(),
                movie.imdbId());
    }
}

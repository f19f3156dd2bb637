package dev.marquee.adapters.web.movie;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.marquee.adapters.web.file.FileResponse;
import dev.marquee.adapters.web.shared.CountryRefResponse;
import dev.marquee.adapters.web.shared.NamedResponse;
import dev.marquee.domain.movie.MovieStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A movie's detail page. */
@Serdeable
public record MovieResponse(
        long id,
        String title,
        @Nullable String description,
        @Nullable String tagline,
        @Nullable BigDecimal budget,
        @Nullable BigDecimal revenue,
        @Nullable LocalDate releaseDate,
        @Nullable Integer releaseYear,
        @Nullable Integer duration,
        @Schema(type = "object") @Nullable CountryRefResponse country,
        @Schema(type = "object") @Nullable NamedResponse director,
        List<NamedResponse> genres,
        @Schema(type = "object") @Nullable FileResponse poster,
        List<CastCreditResponse> cast,
        @Nullable Integer tmdbId,
        @Nullable String imdbId,
        @Nullable String originalLanguage,
        @Schema(type = "string") @Nullable MovieStatus status,
        double popularity,
        Ratings ratings,
        Instant createdAt,
        Instant updatedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(type = "object") @Nullable Me me) {

    /**
     * Where the movie stands in the caller's library: favorite, watchlisted, and the caller's score
     * or null.
     */
    @Serdeable
    public record Me(boolean favorite, boolean watchlisted, @Nullable BigDecimal rating) {}

    /** The movie's ratings: average, count and the count per half star ("0.5" to "5.0"). */
    @Serdeable
    public record Ratings(
            @Nullable BigDecimal average, int count, Map<String, Integer> histogram) {}
}

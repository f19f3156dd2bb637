package dev.marquee.adapters.web.movie;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.marquee.adapters.web.file.FileResponse;
import dev.marquee.adapters.web.shared.CountryRefResponse;
import dev.marquee.adapters.web.shared.NamedResponse;
import dev.marquee.domain.movie.MovieStatus;
import dev.marquee.domain.view.MovieView;
import dev.marquee.domain.view.MyMovieState;
import dev.marquee.domain.view.RatingSummary;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
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
        @Nullable CountryRefResponse country,
        @Nullable NamedResponse director,
        List<NamedResponse> genres,
        @Nullable FileResponse poster,
        List<CastCreditResponse> cast,
        @Nullable Integer tmdbId,
        @Nullable String imdbId,
        @Nullable String originalLanguage,
        @Nullable MovieStatus status,
        double popularity,
        Ratings ratings,
        Instant createdAt,
        Instant updatedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Me me) {

    public static MovieResponse of(MovieView movie) {
        RatingSummary ratings = movie.ratings();
        return new MovieResponse(
                movie.id(),
                movie.title(),
                movie.description(),
                movie.tagline(),
                movie.budget(),
                movie.revenue(),
                movie.releaseDate(),
                movie.releaseYear(),
                movie.duration(),
                CountryRefResponse.of(movie.country()),
                NamedResponse.of(movie.director()),
                movie.genres().stream().map(NamedResponse::of).toList(),
                FileResponse.of(movie.poster()),
                movie.cast().stream().map(CastCreditResponse::of).toList(),
                movie.tmdbId(),
                movie.imdbId(),
                movie.originalLanguage(),
                movie.status(),
                movie.popularity(),
                new Ratings(ratings.average(), ratings.count(), ratings.histogram()),
                movie.createdAt(),
                movie.updatedAt(),
                null);
    }

    /** This response with the caller's {@code me} block. */
    public MovieResponse withMe(Me caller) {
        return new MovieResponse(
                id,
                title,
                description,
                tagline,
                budget,
                revenue,
                releaseDate,
                releaseYear,
                duration,
                country,
                director,
                genres,
                poster,
                cast,
                tmdbId,
                imdbId,
                originalLanguage,
                status,
                popularity,
                ratings,
                createdAt,
                updatedAt,
                caller);
    }

    /**
     * Where the movie stands in the caller's library: favorite, watchlisted, and the caller's score
     * or null.
     */
    @Serdeable
    public record Me(boolean favorite, boolean watchlisted, @Nullable BigDecimal rating) {

        public static Me of(MyMovieState state) {
            return new Me(state.favorite(), state.watchlisted(), state.rating());
        }
    }

    /** The movie's ratings: average, count and the count per half star ("0.5" to "5.0"). */
    @Serdeable
    public record Ratings(
            @Nullable BigDecimal average, int count, Map<String, Integer> histogram) {}
}

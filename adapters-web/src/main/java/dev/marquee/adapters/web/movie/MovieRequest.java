package dev.marquee.adapters.web.movie;

import dev.marquee.adapters.web.shared.FieldChecks;
import dev.marquee.adapters.web.shared.RequestValues;
import dev.marquee.domain.country.CountryId;
import dev.marquee.domain.genre.GenreId;
import dev.marquee.domain.movie.ImdbId;
import dev.marquee.domain.movie.Money;
import dev.marquee.domain.movie.MovieDetails;
import dev.marquee.domain.movie.MovieStatus;
import dev.marquee.domain.person.PersonId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The body of a movie create or full replace; only the title is required. */
@Serdeable
public record MovieRequest(
        @NotBlank @Size(max = MovieDetails.MAX_TITLE_LENGTH) String title,
        @Nullable @Size(max = MovieDetails.MAX_DESCRIPTION_LENGTH) String description,
        @Nullable @Size(max = MovieDetails.MAX_TAGLINE_LENGTH) String tagline,
        @Nullable
                @PositiveOrZero
                @Digits(integer = Money.MAX_INTEGER_DIGITS, fraction = Money.MAX_DECIMALS)
                BigDecimal budget,
        @Nullable
                @PositiveOrZero
                @Digits(integer = Money.MAX_INTEGER_DIGITS, fraction = Money.MAX_DECIMALS)
                BigDecimal revenue,
        @Schema(type = "string", format = "date") @Nullable String releaseDate,
        @Nullable @PositiveOrZero Integer duration,
        @Nullable @Positive Long countryId,
        @Nullable @Positive Long directorId,
        @Nullable @Size(max = 20) List<@NotNull @Positive Long> genreIds,
        @Nullable @Positive Integer tmdbId,
        @Nullable String imdbId,
        @Nullable @Size(max = MovieDetails.MAX_LANGUAGE_LENGTH) String originalLanguage,
        @Schema(type = "string", implementation = MovieStatus.class) @Nullable String status) {

    public MovieDetails toDetails() {
        FieldChecks fields = new FieldChecks();
        LocalDate released = fields.check(() -> RequestValues.date(releaseDate, "releaseDate"));
        CountryId country =
                fields.check(() -> RequestValues.id(countryId, "countryId", CountryId::new));
        PersonId director =
                fields.check(() -> RequestValues.id(directorId, "directorId", PersonId::new));
        Set<GenreId> genres =
                fields.check(
                        () ->
                                genreIds == null
                                        ? Set.of()
                                        : new LinkedHashSet<>(
                                                genreIds.stream()
                                                        .map(
                                                                id ->
                                                                        RequestValues.id(
                                                                                id,
                                                                                "genreIds",
                                                                                GenreId::new))
                                                        .toList()));
        ImdbId imdb =
                fields.check(() -> imdbId == null || imdbId.isBlank() ? null : new ImdbId(imdbId));
        MovieStatus releaseStatus =
                fields.check(() -> RequestValues.enumValue(status, MovieStatus.class, "status"));
        return fields.build(
                () ->
                        new MovieDetails(
                                title,
                                description,
                                tagline,
                                budget,
                                revenue,
                                released,
                                duration,
                                country,
                                director,
                                genres,
                                tmdbId,
                                imdb,
                                originalLanguage,
                                releaseStatus));
    }
}

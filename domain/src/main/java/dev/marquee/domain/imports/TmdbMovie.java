package dev.marquee.domain.imports;

import dev.marquee.domain.country.CountryCode;
import dev.marquee.domain.country.CountryName;
import dev.marquee.domain.genre.GenreName;
import dev.marquee.domain.movie.Money;
import dev.marquee.domain.movie.MovieDetails;
import dev.marquee.domain.movie.MovieStatus;
import dev.marquee.domain.shared.InvalidInputException;
import dev.marquee.domain.shared.Text;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One movie of a TMDB export, checked. TMDB writes 0 for a budget, revenue or running time it does
 * not know, so a 0 there becomes null (unknown); the first production country is the movie's
 * country.
 */
public record TmdbMovie(
        int tmdbId,
        String title,
        @Nullable String originalTitle,
        @Nullable String overview,
        @Nullable String tagline,
        @Nullable BigDecimal budget,
        @Nullable BigDecimal revenue,
        @Nullable Integer runtime,
        @Nullable LocalDate releaseDate,
        @Nullable MovieStatus status,
        @Nullable String originalLanguage,
        double popularity,
        @Nullable BigDecimal voteAverage,
        int voteCount,
        List<GenreName> genres,
        List<Country> productionCountries,
        List<String> keywords) {

    public static final int MAX_KEYWORD_LENGTH = 200;
    private static final BigDecimal MAX_VOTE_AVERAGE = BigDecimal.TEN;

    public TmdbMovie {
        if (tmdbId <= 0) {
            throw new InvalidInputException("id", "must be a positive integer");
        }
        title = Text.required(title, "title", MovieDetails.MAX_TITLE_LENGTH);
        originalTitle =
                Text.optional(originalTitle, "original_title", MovieDetails.MAX_TITLE_LENGTH);
        overview = Text.optional(overview, "overview", 20_000);
        tagline = Text.optional(tagline, "tagline", 1_000);
        budget = unknownWhenZero(Money.check(budget, "budget"));
        revenue = unknownWhenZero(Money.check(revenue, "revenue"));
        if (runtime != null && (runtime < 0 || runtime > MovieDetails.MAX_DURATION_MINUTES)) {
            throw new InvalidInputException(
                    "runtime",
                    "must be between 0 and " + MovieDetails.MAX_DURATION_MINUTES + " minutes");
        }
        runtime = runtime == null || runtime == 0 ? null : runtime;
        if (releaseDate != null && (releaseDate.getYear() < 1870 || releaseDate.getYear() > 2200)) {
            throw new InvalidInputException("release_date", "must be between 1870 and 2200");
        }
        originalLanguage = Text.optional(originalLanguage, "original_language", 3);
        if (originalLanguage != null) {
            originalLanguage = originalLanguage.toLowerCase(Locale.ROOT);
            if (!originalLanguage.matches("[a-z]{2,3}")) {
                throw new InvalidInputException(
                        "original_language", "must be an ISO 639 language code such as en");
            }
        }
        if (!(popularity >= 0) || Double.isInfinite(popularity)) {
            throw new InvalidInputException("popularity", "must be a non-negative number");
        }
        if (voteAverage != null
                && (voteAverage.signum() < 0 || voteAverage.compareTo(MAX_VOTE_AVERAGE) > 0)) {
            throw new InvalidInputException("vote_average", "must be between 0 and 10");
        }
        if (voteCount < 0) {
            throw new InvalidInputException("vote_count", "must not be negative");
        }
        genres = List.copyOf(genres);
        productionCountries = List.copyOf(productionCountries);
        keywords =
                keywords.stream()
                        .map(keyword -> Text.optional(keyword, "keywords", MAX_KEYWORD_LENGTH))
                        .filter(keyword -> keyword != null)
                        .distinct()
                        .toList();
    }

    /** The country the movie is listed under: the first production country, if any. */
    public @Nullable Country country() {
        return productionCountries.isEmpty() ? null : productionCountries.get(0);
    }

    private static @Nullable BigDecimal unknownWhenZero(@Nullable BigDecimal amount) {
        return amount == null || amount.signum() == 0 ? null : amount;
    }

    /** A production country as TMDB names it. */
    public record Country(CountryCode code, CountryName name) {}
}

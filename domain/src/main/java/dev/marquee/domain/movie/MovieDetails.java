package dev.marquee.domain.movie;

import dev.marquee.domain.country.CountryId;
import dev.marquee.domain.genre.GenreId;
import dev.marquee.domain.person.PersonId;
import dev.marquee.domain.shared.InvalidInputException;
import dev.marquee.domain.shared.Text;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The editable state of a movie, as TMDB describes one: only the title is required; money and
 * duration are never negative; the original language is an ISO 639 code.
 */
public record MovieDetails(
        String title,
        @Nullable String description,
        @Nullable String tagline,
        @Nullable BigDecimal budget,
        @Nullable BigDecimal revenue,
        @Nullable LocalDate releaseDate,
        @Nullable Integer duration,
        @Nullable CountryId countryId,
        @Nullable PersonId directorId,
        Set<GenreId> genreIds,
        @Nullable Integer tmdbId,
        @Nullable ImdbId imdbId,
        @Nullable String originalLanguage,
        @Nullable MovieStatus status) {

    public static final int MAX_TITLE_LENGTH = 500;
    public static final int MAX_DURATION_MINUTES = 100_000;
    public static final int MAX_DESCRIPTION_LENGTH = 20_000;
    public static final int MAX_TAGLINE_LENGTH = 1_000;
    public static final int MAX_LANGUAGE_LENGTH = 3;
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    public MovieDetails {
        title = Text.required(title, "title", MAX_TITLE_LENGTH);
        description = Text.optional(description, "description", MAX_DESCRIPTION_LENGTH);
        tagline = Text.optional(tagline, "tagline", MAX_TAGLINE_LENGTH);
        budget = Money.check(budget, "budget");
        revenue = Money.check(revenue, "revenue");
        if (duration != null && (duration < 0 || duration > MAX_DURATION_MINUTES)) {
            throw new InvalidInputException(
                    "duration", "must be between 0 and " + MAX_DURATION_MINUTES + " minutes");
        }
        if (tmdbId != null && tmdbId <= 0) {
            throw new InvalidInputException("tmdbId", "must be a positive integer");
        }
        originalLanguage = Text.optional(originalLanguage, "originalLanguage", MAX_LANGUAGE_LENGTH);
        if (originalLanguage != null) {
            originalLanguage = originalLanguage.toLowerCase(Locale.ROOT);
            if (!LANGUAGE.matcher(originalLanguage).matches()) {
                throw new InvalidInputException(
                        "originalLanguage", "must be an ISO 639 language code such as en");
            }
        }
        if (releaseDate != null && (releaseDate.getYear() < 1870 || releaseDate.getYear() > 2200)) {
            throw new InvalidInputException("releaseDate", "must be between 1870 and 2200");
        }
        genreIds = genreIds == null ? Set.of() : Set.copyOf(genreIds);
    }
}

package dev.marquee.domain.movie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marquee.domain.genre.GenreId;
import dev.marquee.domain.shared.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MovieDetailsTest {

    @Test
    void onlyTheTitleIsRequiredAndNoGenresMeansAnEmptySet() {
        MovieDetails details = titled("  Heat  ");

        assertThat(details.title()).isEqualTo("Heat");
        assertThat(details.genreIds()).isEmpty();
    }

    @Test
    void theGenresAreCopiedSoTheCallerCannotChangeThemLater() {
        Set<GenreId> genres = new HashSet<>(Set.of(new GenreId(1)));
        MovieDetails details = withGenres(genres);

        genres.add(new GenreId(2));

        assertThat(details.genreIds()).containsExactly(new GenreId(1));
    }

    @Test
    void theLanguageIsAnIsoCodeStoredInLowerCase() {
        assertThat(withLanguage("EN").originalLanguage()).isEqualTo("en");
        assertInvalid(() -> withLanguage("e1"), "originalLanguage");
        assertInvalid(() -> withLanguage("engl"), "originalLanguage");
    }

    @Test
    void everyBoundIsCheckedAndNamesItsField() {
        assertInvalid(() -> titled(" "), "title");
        assertInvalid(() -> titled("x".repeat(MovieDetails.MAX_TITLE_LENGTH + 1)), "title");
        assertInvalid(() -> withDuration(-1), "duration");
        assertInvalid(() -> withDuration(MovieDetails.MAX_DURATION_MINUTES + 1), "duration");
        assertInvalid(() -> withTmdbId(0), "tmdbId");
        assertInvalid(() -> withRelease(LocalDate.of(1869, 12, 31)), "releaseDate");
        assertInvalid(() -> withRelease(LocalDate.of(2201, 1, 1)), "releaseDate");
        assertInvalid(() -> withBudget(new BigDecimal("-1")), "budget");
        assertThat(withDuration(0).duration()).isZero();
        assertThat(withRelease(LocalDate.of(1870, 1, 1)).releaseDate()).hasYear(1870);
    }

    private static void assertInvalid(Runnable build, String field) {
        assertThatThrownBy(build::run)
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo(field));
    }

    private static MovieDetails titled(String title) {
        return new MovieDetails(
                title, null, null, null, null, null, null, null, null, null, null, null, null,
                null);
    }

    private static MovieDetails withGenres(Set<GenreId> genres) {
        return new MovieDetails(
                "Heat", null, null, null, null, null, null, null, null, genres, null, null, null,
                null);
    }

    private static MovieDetails withLanguage(String language) {
        return new MovieDetails(
                "Heat", null, null, null, null, null, null, null, null, null, null, null, language,
                null);
    }

    private static MovieDetails withDuration(int minutes) {
        return new MovieDetails(
                "Heat", null, null, null, null, null, minutes, null, null, null, null, null, null,
                null);
    }

    private static MovieDetails withTmdbId(int id) {
        return new MovieDetails(
                "Heat", null, null, null, null, null, null, null, null, null, id, null, null, null);
    }

    private static MovieDetails withRelease(LocalDate date) {
        return new MovieDetails(
                "Heat", null, null, null, null, date, null, null, null, null, null, null, null,
                null);
    }

    private static MovieDetails withBudget(BigDecimal budget) {
        return new MovieDetails(
                "Heat", null, null, budget, null, null, null, null, null, null, null, null, null,
                null);
    }
}

package dev.marquee.domain.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marquee.domain.country.CountryId;
import dev.marquee.domain.genre.GenreId;
import dev.marquee.domain.movie.ImdbId;
import dev.marquee.domain.movie.Movie;
import dev.marquee.domain.movie.MovieDetails;
import dev.marquee.domain.movie.MovieId;
import dev.marquee.domain.movie.MovieStatus;
import dev.marquee.domain.person.PersonId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** What every MovieRepository must do, run against the in-memory fake and PostgreSQL. */
public abstract class MovieRepositoryContract extends ContractSupport {

    protected abstract MovieRepository movies();

    protected abstract GenreId existingGenre();

    protected abstract CountryId existingCountry();

    protected abstract PersonId existingPerson();

    @Test
    void addsAMovieWithEveryDetailAndReadsTheSameBack() {
        MovieDetails details = full("Heat", existingGenre(), existingGenre());

        Movie added = movies().add(details);

        Movie found = movies().findById(added.id()).orElseThrow();
        assertThat(found.details()).isEqualTo(details);
        assertThat(found.createdAt()).isEqualTo(added.createdAt()).isEqualTo(found.updatedAt());
        assertThat(movies().exists(added.id())).isTrue();
        assertThat(movies().exists(new MovieId(UNKNOWN_ID))).isFalse();
        assertThat(movies().findById(new MovieId(UNKNOWN_ID))).isEmpty();
    }

    @Test
    void unknownReferencesAreInvalidInputNamingTheField() {
        assertThatThrownBy(
                        () -> movies().add(withRefs(null, null, Set.of(new GenreId(UNKNOWN_ID)))))
                .satisfies(invalidField("genreIds"));
        assertThatThrownBy(() -> movies().add(withRefs(new CountryId(UNKNOWN_ID), null, Set.of())))
                .satisfies(invalidField("countryId"));
        assertThatThrownBy(() -> movies().add(withRefs(null, new PersonId(UNKNOWN_ID), Set.of())))
                .satisfies(invalidField("directorId"));
    }

    @Test
    void aTakenTmdbOrImdbIdIsAConflict() {
        MovieDetails first = full("Original", existingGenre());
        movies().add(first);

        assertThatThrownBy(() -> movies().add(identified("Copy", first.tmdbId(), null)))
                .satisfies(conflict("duplicate-tmdb-id"));
        assertThatThrownBy(() -> movies().add(identified("Copy", null, first.imdbId())))
                .satisfies(conflict("duplicate-imdb-id"));
    }

    @Test
    void savesReplacedDetailsAndGenresAndRefusesATakenIdChangingNothing() {
        MovieDetails taken = full("Taken", existingGenre());
        movies().add(taken);
        Movie movie = movies().add(full("Draft", existingGenre()));
        Instant later = Instant.now().truncatedTo(ChronoUnit.MICROS).plusSeconds(60);
        MovieDetails replaced = identified("Final", freeTmdbId(), null);
        replaced = withGenres(replaced, Set.of(existingGenre()));

        movie.replace(replaced, later);
        movies().save(movie);
        assertThat(movies().findById(movie.id()).orElseThrow().details()).isEqualTo(replaced);

        movie.replace(identified("Clash", taken.tmdbId(), null), later);
        assertThatThrownBy(() -> movies().save(movie)).satisfies(conflict("duplicate-tmdb-id"));
        assertThat(movies().findById(movie.id()).orElseThrow().details()).isEqualTo(replaced);
    }

    @Test
    void deleteRemovesTheMovieAndIsFalseWhenThereIsNone() {
        Movie movie = movies().add(identified("Fleeting", null, null));

        assertThat(movies().delete(movie.id())).isTrue();
        assertThat(movies().exists(movie.id())).isFalse();
        assertThat(movies().delete(movie.id())).isFalse();
    }

    protected MovieDetails full(String title, GenreId... genres) {
        return new MovieDetails(
                title,
                "A crew of thieves",
                "A Los Angeles crime saga",
                new BigDecimal("60000000.5"),
                new BigDecimal("187436818"),
                LocalDate.of(1995, 12, 15),
                170,
                existingCountry(),
                existingPerson(),
                Set.of(genres),
                freeTmdbId(),
                new ImdbId(
                        "tt" + (1_000_000_000L + ThreadLocalRandom.current().nextLong(1L << 31))),
                "en",
                MovieStatus.RELEASED);
    }

    protected static int freeTmdbId() {
        return 1_000_000_000 + ThreadLocalRandom.current().nextInt(1_000_000_000);
    }

    private static MovieDetails identified(String title, Integer tmdbId, ImdbId imdbId) {
        return new MovieDetails(
                title, null, null, null, null, null, null, null, null, Set.of(), tmdbId, imdbId,
                null, null);
    }

    private static MovieDetails withRefs(
            CountryId country, PersonId director, Set<GenreId> genres) {
        return new MovieDetails(
                "Dangling",
                null,
                null,
                null,
                null,
                null,
                null,
                country,
                director,
                genres,
                null,
                null,
                null,
                null);
    }

    private static MovieDetails withGenres(MovieDetails details, Set<GenreId> genres) {
        return new MovieDetails(
                details.title(),
                details.description(),
                details.tagline(),
                details.budget(),
                details.revenue(),
                details.releaseDate(),
                details.duration(),
                details.countryId(),
                details.directorId(),
                genres,
                details.tmdbId(),
                details.imdbId(),
                details.originalLanguage(),
                details.status());
    }
}

package dev.marquee.domain.port.out.fakes;

import dev.marquee.domain.country.CountryId;
import dev.marquee.domain.genre.GenreId;
import dev.marquee.domain.movie.MovieId;
import dev.marquee.domain.person.PersonId;
import dev.marquee.domain.port.out.CastRepository;
import dev.marquee.domain.port.out.CharacterRepository;
import dev.marquee.domain.port.out.CountryRepository;
import dev.marquee.domain.port.out.GenreRepository;
import dev.marquee.domain.port.out.LibraryRepository;
import dev.marquee.domain.port.out.MovieQueries;
import dev.marquee.domain.port.out.MovieQueriesContract;
import dev.marquee.domain.port.out.MovieRepository;
import dev.marquee.domain.port.out.PersonRepository;
import dev.marquee.domain.port.out.RatingRepository;
import dev.marquee.domain.user.UserId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

class InMemoryMovieQueriesTest extends MovieQueriesContract {

    private final InMemoryMovieRepository movies = new InMemoryMovieRepository();
    private final InMemoryPersonRepository persons =
            new InMemoryPersonRepository(Clock.systemUTC());
    private final InMemoryCharacterRepository characters = new InMemoryCharacterRepository();
    private final InMemoryCastRepository cast =
            new InMemoryCastRepository(movies, characters, persons);
    private final InMemoryGenreRepository genres = new InMemoryGenreRepository();
    private final InMemoryCountryRepository countries = new InMemoryCountryRepository();
    private final InMemoryLibraryRepository library = new InMemoryLibraryRepository(movies);
    private final InMemoryRatingRepository ratings = new InMemoryRatingRepository(movies);
    private final InMemoryMovieQueries queries =
            new InMemoryMovieQueries(
                    movies,
                    persons,
                    cast,
                    genres,
                    countries,
                    library,
                    ratings,
                    new InMemoryFileRepository());
    private long users;

    @Override
    protected MovieQueries queries() {
        return queries;
    }

    @Override
    protected MovieRepository movies() {
        return movies;
    }

    @Override
    protected PersonRepository persons() {
        return persons;
    }

    @Override
    protected CharacterRepository characters() {
        return characters;
    }

    @Override
    protected CastRepository cast() {
        return cast;
    }

    @Override
    protected GenreRepository genres() {
        return genres;
    }

    @Override
    protected CountryRepository countries() {
        return countries;
    }

    @Override
    protected LibraryRepository library() {
        return library;
    }

    @Override
    protected RatingRepository ratings() {
        return ratings;
    }

    @Override
    protected UserId existingUser() {
        users++;
        return ratings.knowUser(users, "user" + users);
    }

    @Override
    protected String freeCountryCode() {
        return List.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2)).get(0);
    }

    @Override
    protected void setPopularity(MovieId movie, double popularity) {
        queries.setPopularity(movie, popularity);
    }

    /** Makes the movie's references valid in the movie fake, as the rows they name would. */
    @Override
    protected MovieId movie(
            String title,
            LocalDate released,
            Set<GenreId> genreIds,
            CountryId countryId,
            PersonId directorId,
            double popularity) {
        genreIds.forEach(genre -> movies.knowGenres(genre.value()));
        if (countryId != null) {
            movies.knowCountries(countryId.value());
        }
        if (directorId != null) {
            movies.knowPersons(directorId.value());
        }
        return super.movie(title, released, genreIds, countryId, directorId, popularity);
    }
}

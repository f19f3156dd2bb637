package dev.marquee.domain.port.out.fakes;

import dev.marquee.domain.movie.Movie;
import dev.marquee.domain.movie.MovieDetails;
import dev.marquee.domain.movie.MovieId;
import dev.marquee.domain.person.Person;
import dev.marquee.domain.person.PersonDetails;
import dev.marquee.domain.person.PersonId;
import dev.marquee.domain.port.out.CastRepository;
import dev.marquee.domain.port.out.CharacterRepository;
import dev.marquee.domain.port.out.CountryRepository;
import dev.marquee.domain.port.out.FileRepository;
import dev.marquee.domain.port.out.MovieRepository;
import dev.marquee.domain.port.out.PersonQueries;
import dev.marquee.domain.port.out.PersonQueriesContract;
import dev.marquee.domain.port.out.PersonRepository;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

class InMemoryPersonQueriesTest extends PersonQueriesContract {

    private static final List<String> CODES =
            Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2).stream().sorted().toList();

    private final InMemoryMovieRepository movies = new InMemoryMovieRepository();
    private final InMemoryPersonRepository persons =
            new InMemoryPersonRepository(Clock.systemUTC());
    private final InMemoryCharacterRepository characters = new InMemoryCharacterRepository();
    private final InMemoryCastRepository cast =
            new InMemoryCastRepository(movies, characters, persons);
    private final InMemoryCountryRepository countries = new InMemoryCountryRepository();
    private final InMemoryFileRepository files = new InMemoryFileRepository();
    private final InMemoryPersonQueries queries =
            new InMemoryPersonQueries(
                    persons,
                    countries,
                    files,
                    movies,
                    characters,
                    cast,
                    new InMemoryMovieQueries(
                            movies,
                            persons,
                            cast,
                            new InMemoryGenreRepository(),
                            countries,
                            new InMemoryLibraryRepository(movies),
                            new InMemoryRatingRepository(movies),
                            files));
    private int codes;

    @Override
    protected PersonQueries queries() {
        return queries;
    }

    @Override
    protected PersonRepository persons() {
        return new CountriesKnown();
    }

    @Override
    protected MovieRepository movies() {
        return new DirectorsKnown();
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
    protected CountryRepository countries() {
        return countries;
    }

    @Override
    protected FileRepository files() {
        return files;
    }

    @Override
    protected String freeCountryCode() {
        return CODES.get(codes++);
    }

    /** The person fake, told of every stored country, as the countries rows would make it. */
    private final class CountriesKnown implements PersonRepository {

        @Override
        public Person add(PersonDetails details) {
            if (details.countryId() != null
                    && countries.findById(details.countryId()).isPresent()) {
                persons.knowCountries(details.countryId().value());
            }
            return persons.add(details);
        }

        @Override
        public Optional<Person> findById(PersonId id) {
            return persons.findById(id);
        }

        @Override
        public void save(Person person) {
            persons.save(person);
        }

        @Override
        public boolean delete(PersonId id) {
            return persons.delete(id);
        }
    }

    /** The movie fake, told of every stored person, as the persons rows would make it. */
    private final class DirectorsKnown implements MovieRepository {

        @Override
        public Movie add(MovieDetails details) {
            if (details.directorId() != null
                    && persons.findById(details.directorId()).isPresent()) {
                movies.knowPersons(details.directorId().value());
            }
            return movies.add(details);
        }

        @Override
        public Optional<Movie> findById(MovieId id) {
            return movies.findById(id);
        }

        @Override
        public boolean exists(MovieId id) {
            return movies.exists(id);
        }

        @Override
        public void save(Movie movie) {
            movies.save(movie);
        }

        @Override
        public boolean delete(MovieId id) {
            return movies.delete(id);
        }
    }
}

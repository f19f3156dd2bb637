package dev.marquee.domain.port.out.fakes;

import dev.marquee.domain.country.CountryId;
import dev.marquee.domain.genre.GenreId;
import dev.marquee.domain.person.PersonId;
import dev.marquee.domain.port.out.MovieRepository;
import dev.marquee.domain.port.out.MovieRepositoryContract;

class InMemoryMovieRepositoryTest extends MovieRepositoryContract {

    private final InMemoryMovieRepository movies = new InMemoryMovieRepository();
    private long ids;

    @Override
    protected MovieRepository movies() {
        return movies;
    }

    @Override
    protected GenreId existingGenre() {
        movies.knowGenres(++ids);
        return new GenreId(ids);
    }

    @Override
    protected CountryId existingCountry() {
        movies.knowCountries(++ids);
        return new CountryId(ids);
    }

    @Override
    protected PersonId existingPerson() {
        movies.knowPersons(++ids);
        return new PersonId(ids);
    }
}

package dev.marquee.adapters.persistence.movie;

import static dev.marquee.adapters.persistence.SharedContext.sql;
import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.adapters.persistence.SharedContext;
import dev.marquee.domain.country.CountryId;
import dev.marquee.domain.genre.GenreId;
import dev.marquee.domain.movie.Movie;
import dev.marquee.domain.person.PersonId;
import dev.marquee.domain.port.out.MovieRepository;
import dev.marquee.domain.port.out.MovieRepositoryContract;
import org.junit.jupiter.api.Test;

class MoviePersistenceAdapterTest extends MovieRepositoryContract {

    private final MovieRepository movies = SharedContext.bean(MovieRepository.class);

    @Override
    protected MovieRepository movies() {
        return movies;
    }

    @Override
    protected GenreId existingGenre() {
        return new GenreId(SharedContext.insertGenre());
    }

    @Override
    protected CountryId existingCountry() {
        return new CountryId(
                sql(
                        "insert into countries (code, name) values (?, ?) returning id",
                        SharedContext.freeCountryCode(),
                        "Land " + unique()));
    }

    @Override
    protected PersonId existingPerson() {
        return new PersonId(SharedContext.insertPerson("Director"));
    }

    @Test
    void deletingAMovieTakesItsCastAndLibraryEntriesWithIt() {
        Movie movie = movies.add(full("Doomed", existingGenre()));
        long id = movie.id().value();
        long user = SharedContext.insertUser();
        sql(
                "insert into cast_credits (movie_id, character_id, actor_id, role) values (?, ?, ?, 'LEADING')",
                id,
                SharedContext.insertCharacter("Gone"),
                SharedContext.insertPerson("Actor"));
        sql("insert into favorites (user_id, movie_id) values (?, ?)", user, id);
        sql("insert into watchlist_entries (user_id, movie_id) values (?, ?)", user, id);

        assertThat(movies.delete(movie.id())).isTrue();

        for (String table : new String[] {"cast_credits", "favorites", "watchlist_entries"}) {
            assertThat(sql("select count(*) from " + table + " where movie_id = ?", id))
                    .as(table)
                    .isZero();
        }
    }
}

package dev.marquee.domain.port.out.fakes;

import dev.marquee.domain.character.CharacterDetails;
import dev.marquee.domain.character.CharacterId;
import dev.marquee.domain.movie.MovieId;
import dev.marquee.domain.person.PersonDetails;
import dev.marquee.domain.person.PersonId;
import dev.marquee.domain.port.out.CastQueries;
import dev.marquee.domain.port.out.CastQueriesContract;
import dev.marquee.domain.port.out.CastRepository;
import java.time.Clock;

class InMemoryCastQueriesTest extends CastQueriesContract {

    private final InMemoryMovieRepository movies = new InMemoryMovieRepository();
    private final InMemoryCharacterRepository characters = new InMemoryCharacterRepository();
    private final InMemoryPersonRepository persons =
            new InMemoryPersonRepository(Clock.systemUTC());
    private final InMemoryCastRepository cast =
            new InMemoryCastRepository(movies, characters, persons);
    private long movieIds;

    @Override
    protected CastRepository cast() {
        return cast;
    }

    @Override
    protected CastQueries queries() {
        return cast;
    }

    @Override
    protected MovieId existingMovie() {
        return movies.knowMovie(++movieIds, "Movie " + movieIds);
    }

    @Override
    protected CharacterId existingCharacter(String name) {
        return characters.add(new CharacterDetails(name, null)).id();
    }

    @Override
    protected PersonId existingActor(String firstName, String lastName) {
        return persons.add(new PersonDetails(firstName, lastName, null, null, null, null)).id();
    }
}

package dev.marquee.adapters.persistence.cast;

import static dev.marquee.adapters.persistence.SharedContext.sql;

import dev.marquee.adapters.persistence.SharedContext;
import dev.marquee.domain.character.CharacterId;
import dev.marquee.domain.movie.MovieId;
import dev.marquee.domain.person.PersonId;
import dev.marquee.domain.port.out.CastQueries;
import dev.marquee.domain.port.out.CastRepository;
import dev.marquee.domain.port.out.CastRepositoryContract;

class CastPersistenceAdapterTest extends CastRepositoryContract {

    private final CastRepository cast = SharedContext.bean(CastRepository.class);

    @Override
    protected CastRepository cast() {
        return cast;
    }

    @Override
    protected CastQueries castQueries() {
        return SharedContext.bean(CastQueries.class);
    }

    @Override
    protected MovieId existingMovie() {
        return new MovieId(SharedContext.insertMovie("Cast " + unique()));
    }

    @Override
    protected CharacterId existingCharacter(String name) {
        return new CharacterId(SharedContext.insertCharacter(name));
    }

    @Override
    protected PersonId existingActor(String firstName, String lastName) {
        return new PersonId(
                sql(
                        "insert into persons (first_name, last_name) values (?, ?) returning id",
                        firstName,
                        lastName));
    }
}

package dev.marquee.domain.port.out.fakes;

import dev.marquee.domain.genre.GenreId;
import dev.marquee.domain.port.out.AccountQueries;
import dev.marquee.domain.port.out.AccountQueriesContract;
import dev.marquee.domain.port.out.UserRepository;
import java.time.Clock;

class InMemoryAccountQueriesTest extends AccountQueriesContract {

    private final InMemoryUserRepository users = new InMemoryUserRepository(Clock.systemUTC());
    private final InMemoryAccountQueries accounts =
            new InMemoryAccountQueries(users, Clock.systemUTC());
    private long genres;

    @Override
    protected AccountQueries accounts() {
        return accounts;
    }

    @Override
    protected UserRepository users() {
        return users;
    }

    @Override
    protected GenreId existingGenre() {
        users.knowGenres(++genres);
        return new GenreId(genres);
    }
}

package dev.marquee.domain.port.out.fakes;

import dev.marquee.domain.genre.GenreId;
import dev.marquee.domain.port.out.UserRepository;
import dev.marquee.domain.port.out.UserRepositoryContract;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

class InMemoryUserRepositoryTest extends UserRepositoryContract {

    private final InMemoryUserRepository users =
            new InMemoryUserRepository(
                    Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC));
    private long genres;

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

package dev.marquee.domain.port.out.fakes;

import dev.marquee.domain.port.out.RefreshTokenRepository;
import dev.marquee.domain.port.out.RefreshTokenRepositoryContract;
import dev.marquee.domain.user.UserId;

class InMemoryRefreshTokenRepositoryTest extends RefreshTokenRepositoryContract {

    private final InMemoryRefreshTokenRepository tokens = new InMemoryRefreshTokenRepository();
    private long users;

    @Override
    protected RefreshTokenRepository refreshTokens() {
        return tokens;
    }

    @Override
    protected UserId existingUser() {
        return new UserId(++users);
    }
}

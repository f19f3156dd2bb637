package dev.marquee.adapters.persistence.session;

import static dev.marquee.adapters.persistence.SharedContext.sql;
import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.adapters.persistence.SharedContext;
import dev.marquee.domain.port.out.RefreshTokenRepository;
import dev.marquee.domain.port.out.RefreshTokenRepositoryContract;
import dev.marquee.domain.session.RefreshTokenHash;
import dev.marquee.domain.user.UserId;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RefreshTokenPersistenceAdapterTest extends RefreshTokenRepositoryContract {

    private final RefreshTokenRepository tokens = SharedContext.bean(RefreshTokenRepository.class);

    @Override
    protected RefreshTokenRepository refreshTokens() {
        return tokens;
    }

    @Override
    protected UserId existingUser() {
        return new UserId(SharedContext.insertUser());
    }

    @Test
    void storesOnlyTheHashOfTheToken() {
        UUID family = UUID.randomUUID();
        RefreshTokenHash hash = issue(existingUser(), family, NOW.plus(Duration.ofDays(30)));

        assertThat(
                        sql(
                                "select count(*) from refresh_tokens where family_id = ? and token_hash = ?",
                                family,
                                hash.digest()))
                .isEqualTo(1);
    }

    @Test
    void deletingTheAccountDeletesItsTokens() {
        UserId user = existingUser();
        RefreshTokenHash hash = issue(user, UUID.randomUUID(), NOW.plus(Duration.ofDays(1)));

        sql("delete from users where id = ?", user.value());

        assertThat(tokens.find(hash)).isEmpty();
    }
}

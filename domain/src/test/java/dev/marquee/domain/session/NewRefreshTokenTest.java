package dev.marquee.domain.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marquee.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NewRefreshTokenTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:15:30Z");

    @Test
    void acceptsExpiryAfterIssue() {
        NewRefreshToken token =
                new NewRefreshToken(
                        new UserId(1),
                        UUID.randomUUID(),
                        RefreshTokenHash.of("t"),
                        NOW,
                        NOW.plus(Duration.ofDays(30)));

        assertThat(token.expiresAt()).isAfter(token.issuedAt());
    }

    @Test
    void rejectsExpiryAtTheMomentOfIssue() {
        assertThatThrownBy(
                        () ->
                                new NewRefreshToken(
                                        new UserId(1),
                                        UUID.randomUUID(),
                                        RefreshTokenHash.of("t"),
                                        NOW,
                                        NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsExpiryBeforeIssue() {
        assertThatThrownBy(
                        () ->
                                new NewRefreshToken(
                                        new UserId(1),
                                        UUID.randomUUID(),
                                        RefreshTokenHash.of("t"),
                                        NOW,
                                        NOW.minusSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

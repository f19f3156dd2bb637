package dev.marquee.domain.session;

import dev.marquee.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A refresh token about to be stored: one link of a session's rotation chain (its family). */
public record NewRefreshToken(
        UserId userId, UUID familyId, RefreshTokenHash hash, Instant issuedAt, Instant expiresAt) {

    public NewRefreshToken {
        Objects.requireNonNull(userId);
        Objects.requireNonNull(familyId);
        Objects.requireNonNull(hash);
        if (!expiresAt.isAfter(issuedAt)) {
            throw new IllegalArgumentException("a refresh token must expire after it is issued");
        }
    }
}

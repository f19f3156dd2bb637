package dev.marquee.domain.session;

import dev.marquee.domain.user.UserId;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A stored refresh token: whose, which session, and whether it was used or revoked. */
public record StoredRefreshToken(
        UserId userId,
        UUID familyId,
        Instant expiresAt,
        @Nullable Instant usedAt,
        @Nullable Instant revokedAt) {}

package dev.marquee.adapters.persistence.session;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** A row of the refresh_tokens table: the hash of one token of a session's rotation chain. */
@MappedEntity("refresh_tokens")
public record RefreshTokenRow(@Id @GeneratedValue @Nullable Long id,
                              long userId,
                              UUID familyId,
                              byte[] tokenHash,
                              Instant issuedAt,
                              Instant expiresAt,
                              @Nullable Instant usedAt,
                              @Nullable Instant revokedAt) {
}

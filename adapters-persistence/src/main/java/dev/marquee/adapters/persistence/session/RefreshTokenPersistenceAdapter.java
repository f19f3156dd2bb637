package dev.marquee.adapters.persistence.session;

import dev.marquee.adapters.persistence.shared.Rows;
import dev.marquee.adapters.persistence.shared.Sql;
import dev.marquee.domain.port.out.RefreshTokenRepository;
import dev.marquee.domain.session.NewRefreshToken;
import dev.marquee.domain.session.RefreshTokenHash;
import dev.marquee.domain.session.StoredRefreshToken;
import dev.marquee.domain.user.UserId;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Stores refresh-token hashes in PostgreSQL; a token is used at most once, decided by one atomic
 * UPDATE.
 */
@Singleton
public class RefreshTokenPersistenceAdapter implements RefreshTokenRepository {

    private static final String COLUMNS = "user_id, family_id, expires_at, used_at, revoked_at";

    private final Sql sql;

    public RefreshTokenPersistenceAdapter(Sql sql) {
        this.sql = sql;
    }

    @Override
    @Transactional
    public void add(NewRefreshToken token) {
        sql.update(
                """
                insert into refresh_tokens (user_id, family_id, token_hash, issued_at, expires_at, revoked_at)
                values (?, ?, ?, ?, ?, (select min(revoked_at) from refresh_tokens where family_id = ?))""",
                List.of(
                        token.userId().value(),
                        token.familyId(),
                        token.hash().digest(),
                        Timestamp.from(token.issuedAt()),
                        Timestamp.from(token.expiresAt()),
                        token.familyId()));
    }

    @Override
    @Transactional
    public Optional<StoredRefreshToken> useOnce(RefreshTokenHash hash, Instant now) {
        Timestamp at = Timestamp.from(now);
        return sql.one(
                "update refresh_tokens set used_at = ? where token_hash = ? and used_at is null"
                        + " and revoked_at is null and expires_at > ? returning "
                        + COLUMNS,
                List.of(at, hash.digest(), at),
                RefreshTokenPersistenceAdapter::toToken);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<StoredRefreshToken> find(RefreshTokenHash hash) {
        return sql.one(
                "select " + COLUMNS + " from refresh_tokens where token_hash = ?",
                List.of(hash.digest()),
                RefreshTokenPersistenceAdapter::toToken);
    }

    @Override
    @Transactional
    public void revokeFamily(UUID familyId, Instant now) {
        sql.update(
                "update refresh_tokens set revoked_at = ? where family_id = ? and revoked_at is null",
                List.of(Timestamp.from(now), familyId));
    }

    @Override
    @Transactional
    public void revokeAllOf(UserId userId, Instant now) {
        sql.update(
                "update refresh_tokens set revoked_at = ? where user_id = ? and revoked_at is null",
                List.of(Timestamp.from(now), userId.value()));
    }

    private static StoredRefreshToken toToken(ResultSet row) throws SQLException {
        Timestamp used = row.getTimestamp("used_at");
        Timestamp revoked = row.getTimestamp("revoked_at");
        return new StoredRefreshToken(
                new UserId(row.getLong("user_id")),
                row.getObject("family_id", UUID.class),
                Rows.instant(row, "expires_at"),
                used == null ? null : used.toInstant(),
                revoked == null ? null : revoked.toInstant());
    }
}

package dev.marquee.domain.port.out;

import dev.marquee.domain.session.NewRefreshToken;
import dev.marquee.domain.session.RefreshTokenHash;
import dev.marquee.domain.session.StoredRefreshToken;
import dev.marquee.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Stores the hashes of refresh tokens, grouped by the session (family) they rotate within. */
public interface RefreshTokenRepository {

    /**
     * Stores the token; one added to a family that was already revoked is revoked at once (a
     * session stays ended).
     */
    void add(NewRefreshToken token);

    /**
     * Marks the token used, atomically, if it is still usable (never used, not revoked, not
     * expired) and returns it; empty when it was not usable, so that two concurrent uses can never
     * both succeed.
     */
    Optional<StoredRefreshToken> useOnce(RefreshTokenHash hash, Instant now);

    Optional<StoredRefreshToken> find(RefreshTokenHash hash);

    /**
     * Revokes every token of the session; a token revoked before keeps its first revocation time.
     */
    void revokeFamily(UUID familyId, Instant now);

    void revokeAllOf(UserId userId, Instant now);
}

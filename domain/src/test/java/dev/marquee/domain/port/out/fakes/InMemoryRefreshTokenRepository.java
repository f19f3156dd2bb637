package dev.marquee.domain.port.out.fakes;

import dev.marquee.domain.port.out.RefreshTokenRepository;
import dev.marquee.domain.session.NewRefreshToken;
import dev.marquee.domain.session.RefreshTokenHash;
import dev.marquee.domain.session.StoredRefreshToken;
import dev.marquee.domain.user.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * A RefreshTokenRepository in memory: a token is used at most once, and only while never used, not
 * revoked and not expired (it expires at its expiry instant); every token it was given stays
 * inspectable, in order.
 */
public final class InMemoryRefreshTokenRepository implements RefreshTokenRepository {

    private final Map<RefreshTokenHash, StoredRefreshToken> tokens = new LinkedHashMap<>();
    private final List<NewRefreshToken> added = new ArrayList<>();

    @Override
    public synchronized void add(NewRefreshToken token) {
        if (tokens.containsKey(token.hash())) {
            throw new IllegalStateException("a refresh token with this hash is already stored");
        }
        Instant familyRevokedAt =
                tokens.values().stream()
                        .filter(
                                stored ->
                                        stored.familyId().equals(token.familyId())
                                                && stored.revokedAt() != null)
                        .map(StoredRefreshToken::revokedAt)
                        .min(Instant::compareTo)
                        .orElse(null);
        tokens.put(
                token.hash(),
                new StoredRefreshToken(
                        token.userId(),
                        token.familyId(),
                        token.expiresAt(),
                        null,
                        familyRevokedAt));
        added.add(token);
    }

    @Override
    public synchronized Optional<StoredRefreshToken> useOnce(RefreshTokenHash hash, Instant now) {
        StoredRefreshToken token = tokens.get(hash);
        if (token == null
                || token.usedAt() != null
                || token.revokedAt() != null
                || !token.expiresAt().isAfter(now)) {
            return Optional.empty();
        }
        StoredRefreshToken used =
                new StoredRefreshToken(
                        token.userId(), token.familyId(), token.expiresAt(), now, null);
        tokens.put(hash, used);
        return Optional.of(used);
    }

    @Override
    public synchronized Optional<StoredRefreshToken> find(RefreshTokenHash hash) {
        return Optional.ofNullable(tokens.get(hash));
    }

    @Override
    public synchronized void revokeFamily(UUID familyId, Instant now) {
        revokeWhere(token -> token.familyId().equals(familyId), now);
    }

    @Override
    public synchronized void revokeAllOf(UserId userId, Instant now) {
        revokeWhere(token -> token.userId().equals(userId), now);
    }

    /** Forgets every token of the account, as deleting the account does in the database. */
    public synchronized void removeAllOf(UserId userId) {
        tokens.values().removeIf(token -> token.userId().equals(userId));
    }

    /** Every token add() was given, oldest first. */
    public synchronized List<NewRefreshToken> added() {
        return List.copyOf(added);
    }

    private void revokeWhere(Predicate<StoredRefreshToken> selected, Instant now) {
        tokens.replaceAll(
                (hash, token) ->
                        selected.test(token) && token.revokedAt() == null
                                ? new StoredRefreshToken(
                                        token.userId(),
                                        token.familyId(),
                                        token.expiresAt(),
                                        token.usedAt(),
                                        now)
                                : token);
    }
}

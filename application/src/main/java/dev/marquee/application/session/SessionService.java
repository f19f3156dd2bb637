package dev.marquee.application.session;

import dev.marquee.domain.audit.AuditEvent;
import dev.marquee.domain.audit.Origin;
import dev.marquee.domain.port.in.LogInUseCase;
import dev.marquee.domain.port.in.LogOutUseCase;
import dev.marquee.domain.port.in.RefreshSessionUseCase;
import dev.marquee.domain.port.out.AuditTrail;
import dev.marquee.domain.port.out.PasswordHasher;
import dev.marquee.domain.port.out.RefreshTokenRepository;
import dev.marquee.domain.port.out.Transactions;
import dev.marquee.domain.port.out.UserRepository;
import dev.marquee.domain.session.NewRefreshToken;
import dev.marquee.domain.session.RefreshTokenHash;
import dev.marquee.domain.session.SignedIn;
import dev.marquee.domain.shared.AuthenticationFailedException;
import dev.marquee.domain.user.AuthenticatedUser;
import dev.marquee.domain.user.Password;
import dev.marquee.domain.user.User;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Sessions: a login opens a refresh-token family; each refresh uses its token once and issues the
 * next one of the family; a token presented after it was used (a replay: one of the two presenters
 * stole it) revokes the whole family.
 */
public final class SessionService implements LogInUseCase, RefreshSessionUseCase, LogOutUseCase {

    private static final int TOKEN_BYTES = 32;

    private final UserRepository users;
    private final RefreshTokenRepository refreshTokens;
    private final PasswordHasher passwordHasher;
    private final AuditTrail audit;
    private final Transactions transactions;
    private final Clock clock;
    private final Duration refreshTokenLifetime;
    private final SecureRandom random = new SecureRandom();
    private final String hashOfNoAccount;

    public SessionService(
            UserRepository users,
            RefreshTokenRepository refreshTokens,
            PasswordHasher passwordHasher,
            AuditTrail audit,
            Transactions transactions,
            Clock clock,
            Duration refreshTokenLifetime) {
        this.users = users;
        this.refreshTokens = refreshTokens;
        this.passwordHasher = passwordHasher;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
        this.refreshTokenLifetime = refreshTokenLifetime;
        this.hashOfNoAccount = passwordHasher.hash(new Password(newToken()));
    }

    @Override
    public SignedIn logIn(String login, String password, Origin origin) {
        Optional<User> account = users.findByLogin(login).filter(User::canLogIn);
        // An unknown login costs one hash check too, so timing does not tell whether an account
        // exists.
        String hash = account.map(User::passwordHash).orElse(hashOfNoAccount);
        boolean passwordMatches = passwordHasher.matches(password, hash);
        if (account.isEmpty() || !passwordMatches) {
            audit.record(
                    new AuditEvent(
                            account.map(user -> user.id().value()).orElse(null),
                            login,
                            AuditEvent.LOGIN_FAILED,
                            "user",
                            account.map(user -> String.valueOf(user.id().value())).orElse(null),
                            origin,
                            Map.of()));
            throw new AuthenticationFailedException();
        }
        User user = account.get();
        SignedIn signedIn = openSession(AuthenticatedUser.of(user), UUID.randomUUID());
        audit.record(
                new AuditEvent(
                        user.id().value(),
                        user.username().value(),
                        AuditEvent.LOGGED_IN,
                        "user",
                        String.valueOf(user.id().value()),
                        origin,
                        Map.of()));
        return signedIn;
    }

    /**
     * Uses the token and stores its successor in one transaction: a concurrent replay of the same
     * token waits for it, then finds the token used and revokes the family, successor included.
     */
    @Override
    public SignedIn refresh(String refreshToken, Origin origin) {
        RefreshTokenHash hash = RefreshTokenHash.of(refreshToken);
        Instant now = clock.instant();
        Optional<SignedIn> renewed =
                transactions.inTransaction(
                        () ->
                                refreshTokens
                                        .useOnce(hash, now)
                                        .map(
                                                token ->
                                                        openSession(
                                                                AuthenticatedUser.of(
                                                                        users.findById(
                                                                                        token
                                                                                                .userId())
                                                                                .filter(
                                                                                        User
                                                                                                ::canLogIn)
                                                                                .orElseThrow(
                                                                                        SessionService
                                                                                                ::invalidRefreshToken)),
                                                                token.familyId())));
        if (renewed.isEmpty()) {
            refreshTokens
                    .find(hash)
                    .filter(token -> token.usedAt() != null)
                    .ifPresent(
                            replayed -> {
                                refreshTokens.revokeFamily(replayed.familyId(), now);
                                audit.record(
                                        new AuditEvent(
                                                replayed.userId().value(),
                                                null,
                                                AuditEvent.REFRESH_REUSED,
                                                "session",
                                                replayed.familyId().toString(),
                                                origin,
                                                Map.of()));
                            });
            throw invalidRefreshToken();
        }
        return renewed.get();
    }

    @Override
    public void logOut(String refreshToken, Origin origin) {
        refreshTokens
                .find(RefreshTokenHash.of(refreshToken))
                .ifPresent(
                        token -> {
                            refreshTokens.revokeFamily(token.familyId(), clock.instant());
                            audit.record(
                                    new AuditEvent(
                                            token.userId().value(),
                                            null,
                                            AuditEvent.LOGGED_OUT,
                                            "session",
                                            token.familyId().toString(),
                                            origin,
                                            Map.of()));
                        });
    }

    private SignedIn openSession(AuthenticatedUser user, UUID family) {
        String refreshToken = newToken();
        Instant now = clock.instant();
        refreshTokens.add(
                new NewRefreshToken(
                        user.id(),
                        family,
                        RefreshTokenHash.of(refreshToken),
                        now,
                        now.plus(refreshTokenLifetime)));
        return new SignedIn(user, refreshToken);
    }

    private static AuthenticationFailedException invalidRefreshToken() {
        return new AuthenticationFailedException(
                "invalid-refresh-token", "The refresh token is invalid, expired or revoked");
    }

    private String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

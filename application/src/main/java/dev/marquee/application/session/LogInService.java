package dev.marquee.application.session;

import dev.marquee.domain.port.in.LogInUseCase;
import dev.marquee.domain.port.out.PasswordHasher;
import dev.marquee.domain.port.out.RefreshTokenRepository;
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
import java.util.Optional;
import java.util.UUID;

/** Checks a login and password and opens a session: a new refresh-token family. */
public final class LogInService implements LogInUseCase {

    private static final int TOKEN_BYTES = 32;

    private final UserRepository users;
    private final RefreshTokenRepository refreshTokens;
    private final PasswordHasher passwordHasher;
    private final Clock clock;
    private final Duration refreshTokenLifetime;
    private final SecureRandom random = new SecureRandom();
    private final String hashOfNoAccount;

    public LogInService(UserRepository users, RefreshTokenRepository refreshTokens, PasswordHasher passwordHasher,
                        Clock clock, Duration refreshTokenLifetime) {
        this.users = users;
        this.refreshTokens = refreshTokens;
        this.passwordHasher = passwordHasher;
        this.clock = clock;
        this.refreshTokenLifetime = refreshTokenLifetime;
        this.hashOfNoAccount = passwordHasher.hash(new Password(newToken()));
    }

    @Override
    public SignedIn logIn(String login, String password) {
        Optional<User> account = users.findByLogin(login).filter(User::canLogIn);
        // An unknown login costs one hash check too, so timing does not tell whether an account exists.
        String hash = account.map(User::passwordHash).orElse(hashOfNoAccount);
        boolean passwordMatches = passwordHasher.matches(password, hash);
        if (account.isEmpty() || !passwordMatches) {
            throw new AuthenticationFailedException();
        }
        User user = account.get();
        String refreshToken = newToken();
        Instant now = clock.instant();
        refreshTokens.add(new NewRefreshToken(user.id(), UUID.randomUUID(), RefreshTokenHash.of(refreshToken),
                now, now.plus(refreshTokenLifetime)));
        return new SignedIn(AuthenticatedUser.of(user), refreshToken);
    }

    private String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

package dev.marquee.adapters.web.security;

import dev.marquee.domain.user.AuthenticatedUser;
import dev.marquee.domain.user.Role;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.generator.TokenGenerator;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Map;

/**
 * Signs short-lived JWT access tokens: subject is the user id, with the username and roles as
 * claims.
 */
@Singleton
public class AccessTokens {

    public static final String USERNAME_CLAIM = "preferred_username";

    private final TokenGenerator tokenGenerator;
    private final Duration lifetime;

    public AccessTokens(TokenGenerator tokenGenerator, AccessTokenSettings settings) {
        this.tokenGenerator = tokenGenerator;
        this.lifetime = settings.accessTokenLifetime();
    }

    public String issue(AuthenticatedUser user) {
        Authentication authentication =
                Authentication.build(
                        String.valueOf(user.id().value()),
                        user.roles().stream().map(Role::name).toList(),
                        Map.of(USERNAME_CLAIM, user.username().value()));
        return tokenGenerator
                .generateToken(authentication, (int) lifetime.toSeconds())
                .orElseThrow(() -> new IllegalStateException("no JWT signature is configured"));
    }

    public Duration lifetime() {
        return lifetime;
    }
}

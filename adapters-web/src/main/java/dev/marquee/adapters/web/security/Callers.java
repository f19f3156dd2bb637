package dev.marquee.adapters.web.security;

import dev.marquee.domain.user.UserId;
import io.micronaut.security.authentication.Authentication;

/** Who is calling, from the authentication that a valid access token established. */
public final class Callers {

    private Callers() {}

    /** The caller's user id: the access token's subject. */
    public static UserId userId(Authentication authentication) {
        return new UserId(Long.parseLong(authentication.getName()));
    }

    public static String username(Authentication authentication) {
        Object username = authentication.getAttributes().get(AccessTokens.USERNAME_CLAIM);
        return username == null ? authentication.getName() : username.toString();
    }
}

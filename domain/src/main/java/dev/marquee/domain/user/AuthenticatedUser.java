package dev.marquee.domain.user;

import java.util.Set;

/**
 * Who a successful login or a valid token identifies, and the roles that go into the access token.
 */
public record AuthenticatedUser(UserId id, Username username, Set<Role> roles) {

    public AuthenticatedUser {
        roles = Set.copyOf(roles);
    }

    public static AuthenticatedUser of(User user) {
        return new AuthenticatedUser(user.id(), user.username(), user.roles());
    }
}

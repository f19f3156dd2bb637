package dev.marquee.domain.view;

import dev.marquee.domain.user.Role;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** An account as the administrators' user list shows it. */
public record UserSummary(
        long id, String username, @Nullable String email, Set<Role> roles, Instant createdAt) {

    public UserSummary {
        roles = Set.copyOf(roles);
    }
}

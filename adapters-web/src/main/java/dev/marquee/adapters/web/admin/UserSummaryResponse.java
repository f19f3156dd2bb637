package dev.marquee.adapters.web.admin;

import dev.marquee.domain.user.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.Set;

/** An account as administrators see it in the user list. */
@Serdeable
public record UserSummaryResponse(
        long id, String username, @Nullable String email, Set<Role> roles, Instant createdAt) {}

package dev.marquee.domain.view;

import dev.marquee.domain.user.NotificationPreferences;
import dev.marquee.domain.user.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The caller's own account as {@code GET /users/me} shows it; never the password hash. */
public record AccountView(
        long id,
        String username,
        @Nullable String email,
        @Nullable String firstName,
        @Nullable String lastName,
        @Nullable FileView avatar,
        Set<Role> roles,
        @Nullable String bio,
        @Nullable LocalDate birthDate,
        List<Named> favoriteGenres,
        NotificationPreferences notificationPreferences,
        Instant createdAt,
        Instant updatedAt) {

    public AccountView {
        roles = Set.copyOf(roles);
        favoriteGenres = List.copyOf(favoriteGenres);
    }
}

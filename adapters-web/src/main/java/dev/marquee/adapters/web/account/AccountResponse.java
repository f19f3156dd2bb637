package dev.marquee.adapters.web.account;

import dev.marquee.adapters.web.file.FileResponse;
import dev.marquee.adapters.web.shared.NamedResponse;
import dev.marquee.domain.user.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The caller's own account, as {@code GET /users/me} shows it. */
@Serdeable
public record AccountResponse(
        long id,
        String username,
        @Nullable String email,
        @Nullable String firstName,
        @Nullable String lastName,
        @Schema(type = "object") @Nullable FileResponse avatar,
        Set<Role> roles,
        ProfileResponse profile,
        Instant createdAt,
        Instant updatedAt) {

    /** What the user tells about themselves. */
    @Serdeable
    public record ProfileResponse(
            @Nullable String bio,
            @Nullable LocalDate birthDate,
            List<NamedResponse> favoriteGenres,
            NotificationPreferencesResponse notificationPreferences) {}

    /** Which e-mails the user wants. */
    @Serdeable
    public record NotificationPreferencesResponse(
            boolean recommendations, boolean watchlistReleases, boolean newsletter) {}
}

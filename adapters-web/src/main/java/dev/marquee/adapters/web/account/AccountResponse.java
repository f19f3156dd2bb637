package dev.marquee.adapters.web.account;

import dev.marquee.adapters.web.file.FileResponse;
import dev.marquee.adapters.web.shared.NamedResponse;
import dev.marquee.domain.user.NotificationPreferences;
import dev.marquee.domain.user.Role;
import dev.marquee.domain.view.AccountView;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
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
        @Nullable FileResponse avatar,
        Set<Role> roles,
        ProfileResponse profile,
        Instant createdAt,
        Instant updatedAt) {

    public static AccountResponse of(AccountView account) {
        return new AccountResponse(
                account.id(),
                account.username(),
                account.email(),
                account.firstName(),
                account.lastName(),
                FileResponse.of(account.avatar()),
                account.roles(),
                new ProfileResponse(
                        account.bio(),
                        account.birthDate(),
                        account.favoriteGenres().stream().map(NamedResponse::of).toList(),
                        NotificationPreferencesResponse.of(account.notificationPreferences())),
                account.createdAt(),
                account.updatedAt());
    }

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
            boolean recommendations, boolean watchlistReleases, boolean newsletter) {

        static NotificationPreferencesResponse of(NotificationPreferences preferences) {
            return new NotificationPreferencesResponse(
                    preferences.recommendations(),
                    preferences.watchlistReleases(),
                    preferences.newsletter());
        }
    }
}

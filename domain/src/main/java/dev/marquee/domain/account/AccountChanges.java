package dev.marquee.domain.account;

import dev.marquee.domain.genre.GenreId;
import dev.marquee.domain.shared.Change;
import dev.marquee.domain.user.EmailAddress;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A partial update of the caller's account: a null field is left as it is (see {@link Change}); the
 * notification preferences given are merged over the current ones.
 */
public record AccountChanges(
        @Nullable Change<String> firstName,
        @Nullable Change<String> lastName,
        @Nullable Change<EmailAddress> email,
        @Nullable Change<String> bio,
        @Nullable Change<LocalDate> birthDate,
        @Nullable Change<Set<GenreId>> favoriteGenreIds,
        @Nullable Map<String, Boolean> notificationPreferences) {

    /** True when the update names no field at all. */
    public boolean isEmpty() {
        return firstName == null
                && lastName == null
                && email == null
                && bio == null
                && birthDate == null
                && favoriteGenreIds == null
                && (notificationPreferences == null || notificationPreferences.isEmpty());
    }
}

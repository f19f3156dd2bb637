package dev.marquee.domain.user;

import dev.marquee.domain.genre.GenreId;
import dev.marquee.domain.shared.InvalidInputException;
import dev.marquee.domain.shared.Text;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a user tells about themselves: a bio, a birth date, favorite genres, notification
 * preferences.
 */
public record Profile(
        @Nullable String bio,
        @Nullable LocalDate birthDate,
        Set<GenreId> favoriteGenreIds,
        NotificationPreferences notificationPreferences) {

    public static final int MAX_BIO_LENGTH = 2_000;
    public static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);
    private static final String BIRTH_DATE_RANGE = "must be between 1900-01-01 and today";
    public static final int MAX_FAVORITE_GENRES = 20;
    public static final Profile EMPTY =
            new Profile(null, null, Set.of(), NotificationPreferences.DEFAULTS);

    public Profile {
        bio = Text.optional(bio, "bio", MAX_BIO_LENGTH);
        if (birthDate != null && birthDate.isBefore(EARLIEST_BIRTH_DATE)) {
            throw new InvalidInputException("birthDate", BIRTH_DATE_RANGE);
        }
        favoriteGenreIds = favoriteGenreIds == null ? Set.of() : Set.copyOf(favoriteGenreIds);
        if (favoriteGenreIds.size() > MAX_FAVORITE_GENRES) {
            throw new InvalidInputException(
                    "favoriteGenreIds", "at most " + MAX_FAVORITE_GENRES + " genres");
        }
        notificationPreferences =
                notificationPreferences == null
                        ? NotificationPreferences.DEFAULTS
                        : notificationPreferences;
    }

    /**
     * Rejects a birth date after today. Not a constructor check, so a stored profile stays readable
     * whatever the clock says; the service calls it on every write.
     */
    public Profile requireBornBy(LocalDate today) {
        if (birthDate != null && birthDate.isAfter(today)) {
            throw new InvalidInputException("birthDate", BIRTH_DATE_RANGE);
        }
        return this;
    }
}

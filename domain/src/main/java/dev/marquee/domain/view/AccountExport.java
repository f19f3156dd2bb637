package dev.marquee.domain.view;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything stored about one user (GDPR access): the account, the profile and the whole library.
 */
public record AccountExport(
        AccountView account,
        List<ListedMovie> favorites,
        List<ListedMovie> watchlist,
        List<RatingEntry> ratings,
        Instant exportedAt) {

    public AccountExport {
        favorites = List.copyOf(favorites);
        watchlist = List.copyOf(watchlist);
        ratings = List.copyOf(ratings);
    }

    /** A movie in a favorites list or watchlist. */
    public record ListedMovie(long movieId, String title, Instant addedAt) {}

    /** A rating, with its review if any. */
    public record RatingEntry(
            long movieId,
            String title,
            BigDecimal score,
            @Nullable String review,
            Instant createdAt,
            Instant updatedAt) {}
}

package dev.marquee.adapters.web.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Everything Marquee stores about the caller: account, profile, favorites, watchlist, ratings and
 * reviews.
 */
@Serdeable
public record AccountExportResponse(
        AccountResponse account,
        List<LibraryEntry> favorites,
        List<LibraryEntry> watchlist,
        List<RatingEntry> ratings,
        Instant exportedAt) {

    /** A movie in the favorites or the watchlist. */
    @Serdeable
    public record LibraryEntry(long movieId, String title, Instant addedAt) {}

    /** A rating and its review. */
    @Serdeable
    public record RatingEntry(
            long movieId,
            String title,
            BigDecimal score,
            @Nullable String review,
            Instant createdAt,
            Instant updatedAt) {}
}

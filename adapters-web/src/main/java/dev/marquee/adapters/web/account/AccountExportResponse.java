package dev.marquee.adapters.web.account;

import dev.marquee.domain.view.AccountExport;
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

    public static AccountExportResponse of(AccountExport export) {
        return new AccountExportResponse(
                AccountResponse.of(export.account()),
                export.favorites().stream().map(LibraryEntry::of).toList(),
                export.watchlist().stream().map(LibraryEntry::of).toList(),
                export.ratings().stream()
                        .map(
                                rating ->
                                        new RatingEntry(
                                                rating.movieId(),
                                                rating.title(),
                                                rating.score(),
                                                rating.review(),
                                                rating.createdAt(),
                                                rating.updatedAt()))
                        .toList(),
                export.exportedAt());
    }

    /** A movie in the favorites or the watchlist. */
    @Serdeable
    public record LibraryEntry(long movieId, String title, Instant addedAt) {

        static LibraryEntry of(AccountExport.ListedMovie entry) {
            return new LibraryEntry(entry.movieId(), entry.title(), entry.addedAt());
        }
    }

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

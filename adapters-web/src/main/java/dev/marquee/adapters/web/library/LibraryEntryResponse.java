package dev.marquee.adapters.web.library;

import dev.marquee.adapters.web.movie.MovieSummaryResponse;
import dev.marquee.domain.view.LibraryEntry;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** A movie in the caller's favorites or watchlist. */
@Serdeable
public record LibraryEntryResponse(MovieSummaryResponse movie, Instant addedAt) {

    public static LibraryEntryResponse of(LibraryEntry entry) {
        return new LibraryEntryResponse(MovieSummaryResponse.of(entry.movie()), entry.addedAt());
    }
}

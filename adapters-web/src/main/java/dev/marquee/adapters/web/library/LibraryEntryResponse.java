package dev.marquee.adapters.web.library;

import dev.marquee.adapters.web.movie.MovieSummaryResponse;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** A movie in the caller's favorites or watchlist. */
@Serdeable
public record LibraryEntryResponse(MovieSummaryResponse movie, Instant addedAt) {}

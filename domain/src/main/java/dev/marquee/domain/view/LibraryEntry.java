package dev.marquee.domain.view;

import java.time.Instant;

/** A movie in a user's favorites or watchlist, and since when. */
public record LibraryEntry(MovieSummary movie, Instant addedAt) {}

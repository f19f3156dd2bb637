package dev.marquee.adapters.web.library;

import dev.marquee.adapters.web.movie.MovieSummaryResponse;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.Instant;

/** One of the caller's ratings. */
@Serdeable
public record UserRatingResponse(
        MovieSummaryResponse movie, BigDecimal score, @Nullable String review, Instant updatedAt) {}

package dev.marquee.adapters.web.library;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.Instant;

/** The caller's rating of a movie. */
@Serdeable
public record RatingResponse(
        BigDecimal score, @Nullable String review, Instant createdAt, Instant updatedAt) {}

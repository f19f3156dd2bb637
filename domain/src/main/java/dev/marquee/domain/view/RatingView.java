package dev.marquee.domain.view;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The caller's rating of a movie, with its review if any. */
public record RatingView(
        BigDecimal score, @Nullable String review, Instant createdAt, Instant updatedAt) {}

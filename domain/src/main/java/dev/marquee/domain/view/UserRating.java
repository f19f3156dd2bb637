package dev.marquee.domain.view;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One of the caller's ratings, as their list of ratings shows it. */
public record UserRating(
        MovieSummary movie, BigDecimal score, @Nullable String review, Instant updatedAt) {}

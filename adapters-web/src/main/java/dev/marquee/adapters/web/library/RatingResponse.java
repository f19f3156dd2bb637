package dev.marquee.adapters.web.library;

import dev.marquee.domain.view.RatingView;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.Instant;

/** The caller's rating of a movie. */
@Serdeable
public record RatingResponse(
        BigDecimal score, @Nullable String review, Instant createdAt, Instant updatedAt) {

    public static RatingResponse of(RatingView rating) {
        return new RatingResponse(
                rating.score(), rating.review(), rating.createdAt(), rating.updatedAt());
    }
}

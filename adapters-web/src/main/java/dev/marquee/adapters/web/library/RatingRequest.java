package dev.marquee.adapters.web.library;

import dev.marquee.domain.port.in.RateMoviesUseCase;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A rating: 0.5 to 5.0 in steps of 0.5, and an optional review of at most 10,000 characters. */
@Serdeable
public record RatingRequest(
        @NotNull BigDecimal score,
        @Nullable @Size(max = RateMoviesUseCase.MAX_REVIEW_LENGTH) String review) {}

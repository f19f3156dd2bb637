package dev.marquee.domain.view;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Where a movie stands in the caller's library: favorite, watchlisted, and the caller's score if
 * rated.
 */
public record MyMovieState(boolean favorite, boolean watchlisted, @Nullable BigDecimal rating) {}

package dev.marquee.domain.view;

import dev.marquee.domain.cast.CastRole;
import org.jspecify.annotations.Nullable;

/** A cast credit as a movie's cast list shows it. */
public record CastCreditView(
        long id,
        long movieId,
        Named character,
        CastRole role,
        Named actor,
        @Nullable String description) {}

package dev.marquee.adapters.web.movie;

import dev.marquee.adapters.web.shared.NamedResponse;
import dev.marquee.domain.cast.CastRole;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A cast credit: who plays whom, and how large the part is. */
@Serdeable
public record CastCreditResponse(
        long id,
        NamedResponse character,
        CastRole role,
        NamedResponse actor,
        @Nullable String description) {}

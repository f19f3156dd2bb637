package dev.marquee.adapters.web.search;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** One search hit as the API shows it; {@code type} is movie, person or character. */
@Serdeable
public record SearchHitResponse(
        String type,
        long id,
        String title,
        @Nullable String subtitle,
        @Nullable Integer year,
        @Nullable String imageUrl,
        double score) {}

package dev.marquee.domain.view;

import dev.marquee.domain.search.SearchType;
import org.jspecify.annotations.Nullable;

/**
 * One search result: a movie (subtitle: its director or first leading actor), a person (their
 * best-known credit) or a character (movie and actor), with the image to show and its score.
 */
public record SearchHit(
        SearchType type,
        long id,
        String title,
        @Nullable String subtitle,
        @Nullable Integer year,
        @Nullable Long imageFileId,
        double score) {}

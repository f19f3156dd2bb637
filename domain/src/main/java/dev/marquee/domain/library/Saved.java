package dev.marquee.domain.library;

/** The result of an idempotent put: the stored value, and whether this call created it. */
public record Saved<T>(T value, boolean created) {}

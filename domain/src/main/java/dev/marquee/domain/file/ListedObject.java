package dev.marquee.domain.file;

import java.time.Instant;

/** An object as the store lists it: its key and when it was written. */
public record ListedObject(ObjectKey key, Instant lastModified) {}

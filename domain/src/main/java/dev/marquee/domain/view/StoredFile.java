package dev.marquee.domain.view;

import dev.marquee.domain.file.ObjectKey;

/** A recorded file: what clients see of it, and where its bytes live in the store. */
public record StoredFile(FileView view, ObjectKey key) {}

package dev.marquee.domain.file;

import dev.marquee.domain.shared.Ids;

/** Identifies a stored file. */
public record FileId(long value) {

    public FileId {
        Ids.requirePositive(value, "fileId");
    }
}

package dev.marquee.domain.file;

import java.util.Objects;

/** The metadata of an object just written to the store, about to be recorded. */
public record NewFile(ObjectKey key, String fileName, ImageType type, long size) {

    public NewFile {
        Objects.requireNonNull(key);
        Objects.requireNonNull(fileName);
        Objects.requireNonNull(type);
        if (size < 0) {
            throw new IllegalArgumentException("a file has a size of at least zero");
        }
    }
}

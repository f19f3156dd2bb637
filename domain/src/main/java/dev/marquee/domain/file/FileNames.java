package dev.marquee.domain.file;

import java.text.Normalizer;
import org.jspecify.annotations.Nullable;

/**
 * Turns a client's file name into a safe display name: no path, no control or odd characters, the
 * real extension.
 */
public final class FileNames {

    private static final int MAX_BASE_LENGTH = 100;

    private FileNames() {}

    public static String sanitize(@Nullable String declared, ImageType type) {
        String name = declared == null ? "" : declared;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        base =
                Normalizer.normalize(base, Normalizer.Form.NFC)
                        .replaceAll("[^\\p{L}\\p{N} ._-]", "_")
                        .strip();
        base = base.replaceAll("^[._ -]+", "");
        if (base.length() > MAX_BASE_LENGTH) {
            base = base.substring(0, MAX_BASE_LENGTH);
        }
        return (base.isEmpty() ? "image" : base) + "." + type.extension();
    }
}

package dev.marquee.adapters.web.file;

import dev.marquee.domain.view.FileView;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A stored image: its metadata and a URL any plain HTTP client can fetch its bytes from. */
@Serdeable
public record FileResponse(long id, String fileName, String mimeType, long size, String url) {

    public static @Nullable FileResponse of(@Nullable FileView file) {
        return file == null
                ? null
                : new FileResponse(
                        file.id(),
                        file.fileName(),
                        file.mimeType(),
                        file.size(),
                        contentUrl(file.id()));
    }

    /** Where the bytes of a file are served. */
    public static @Nullable String contentUrl(@Nullable Long fileId) {
        return fileId == null ? null : "/api/v1/files/" + fileId + "/content";
    }
}

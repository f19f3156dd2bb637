package dev.marquee.adapters.web.file;

import dev.marquee.adapters.web.caching.EntityTags;
import dev.marquee.adapters.web.shared.PathIds;
import dev.marquee.domain.file.FileId;
import dev.marquee.domain.port.in.ManageImagesUseCase;
import dev.marquee.domain.view.FileContent;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Stored images: their metadata, and their bytes streamed from the object store through the API
 * (one origin, no store credentials or presigned URLs handed out). A file's bytes never change, so
 * they may be cached for good.
 */
@Controller("/api/v1/files")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Images")
public class FileController {

    private final ManageImagesUseCase images;

    public FileController(ManageImagesUseCase images) {
        this.images = images;
    }

    @Get("/{id}")
    public FileResponse file(long id) {
        return FileResponse.of(images.file(fileId(id)));
    }

    /**
     * The file's bytes with their stored Content-Type. They never change, so they are cached for a
     * year and a request with the file's tag in If-None-Match gets 304 without the object store
     * being read.
     */
    @Get("/{id}/content")
    public HttpResponse<?> content(
            long id, @Header(HttpHeaders.IF_NONE_MATCH) @Nullable String ifNoneMatch) {
        FileId file = fileId(id);
        String tag = "\"file-" + file.value() + "\"";
        if (EntityTags.matches(ifNoneMatch, tag)) {
            images.file(file);
            return cachedForGood(HttpResponse.notModified(), tag);
        }
        FileContent content = images.content(file);
        return cachedForGood(
                HttpResponse.ok(
                        new StreamedFile(
                                content.bytes(),
                                MediaType.of(content.file().mimeType()),
                                0,
                                content.file().size())),
                tag);
    }

    private static MutableHttpResponse<?> cachedForGood(
            MutableHttpResponse<?> response, String tag) {
        return response.header(HttpHeaders.CACHE_CONTROL, "public, max-age=31536000, immutable")
                .header(HttpHeaders.ETAG, tag);
    }

    private static FileId fileId(long id) {
        return PathIds.of(id, "file", FileId::new);
    }
}

package dev.marquee.adapters.web.file;

import dev.marquee.adapters.web.caching.EntityTags;
import dev.marquee.adapters.web.openapi.CommonErrors;
import dev.marquee.adapters.web.openapi.NotFoundError;
import dev.marquee.adapters.web.openapi.ReadResponses;
import dev.marquee.adapters.web.shared.CommonWebMapper;
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
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
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
@CommonErrors
public class FileController {

    private final ManageImagesUseCase images;
    private final CommonWebMapper mapper;

    public FileController(ManageImagesUseCase images, CommonWebMapper mapper) {
        this.images = images;
        this.mapper = mapper;
    }

    @Get("/{id}")
    @Operation(operationId = "getFile", summary = "A stored file's metadata and URL")
    @ReadResponses
    @NotFoundError
    public FileResponse file(long id) {
        return mapper.toResponse(images.file(fileId(id)));
    }

    /**
     * The file's bytes with their stored Content-Type. They never change, so they are cached for a
     * year and a request with the file's tag in If-None-Match gets 304 without the object store
     * being read.
     */
    @Get("/{id}/content")
    @Operation(operationId = "getFileContent")
    @ApiResponse(
            responseCode = "200",
            description = "The bytes, with the stored Content-Type; cacheable for a year",
            headers = {
                @io.swagger.v3.oas.annotations.headers.Header(
                        name = "ETag",
                        description = "The tag of these bytes, for If-None-Match",
                        schema = @Schema(type = "string")),
                @io.swagger.v3.oas.annotations.headers.Header(
                        name = "Cache-Control",
                        description = "public, max-age=31536000, immutable",
                        schema = @Schema(type = "string")),
                @io.swagger.v3.oas.annotations.headers.Header(
                        name = "RateLimit-Limit",
                        description =
                                "Requests allowed in the current window (while rate limiting is on)",
                        schema = @Schema(type = "integer", format = "int64", minimum = "0")),
                @io.swagger.v3.oas.annotations.headers.Header(
                        name = "RateLimit-Remaining",
                        description = "Requests left in the current window",
                        schema = @Schema(type = "integer", format = "int64", minimum = "0")),
                @io.swagger.v3.oas.annotations.headers.Header(
                        name = "RateLimit-Reset",
                        description = "Seconds until the window resets",
                        schema = @Schema(type = "integer", format = "int64", minimum = "0"))
            },
            content = {
                @Content(
                        mediaType = "image/jpeg",
                        schema = @Schema(type = "string", format = "binary")),
                @Content(
                        mediaType = "image/png",
                        schema = @Schema(type = "string", format = "binary")),
                @Content(
                        mediaType = "image/webp",
                        schema = @Schema(type = "string", format = "binary"))
            })
    @ApiResponse(
            responseCode = "304",
            description = "Not modified: the file has the tag sent in If-None-Match; no body",
            headers = {
                @io.swagger.v3.oas.annotations.headers.Header(
                        name = "ETag",
                        description = "The tag of these bytes, for If-None-Match",
                        schema = @Schema(type = "string"))
            })
    @NotFoundError
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

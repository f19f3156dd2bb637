package dev.marquee.adapters.web.file;

import dev.marquee.adapters.web.openapi.CommonErrors;
import dev.marquee.adapters.web.openapi.NoContentResponse;
import dev.marquee.adapters.web.openapi.NotFoundError;
import dev.marquee.adapters.web.openapi.OkResponse;
import dev.marquee.adapters.web.openapi.RequiresAdmin;
import dev.marquee.adapters.web.openapi.RequiresToken;
import dev.marquee.adapters.web.openapi.UploadErrors;
import dev.marquee.adapters.web.person.PersonResponse;
import dev.marquee.adapters.web.person.PersonWebMapper;
import dev.marquee.adapters.web.security.Callers;
import dev.marquee.adapters.web.security.Roles;
import dev.marquee.adapters.web.shared.CommonWebMapper;
import dev.marquee.adapters.web.shared.PathIds;
import dev.marquee.domain.file.FileId;
import dev.marquee.domain.file.Upload;
import dev.marquee.domain.movie.MovieId;
import dev.marquee.domain.person.PersonId;
import dev.marquee.domain.port.in.BrowsePersonsUseCase;
import dev.marquee.domain.port.in.ManageImagesUseCase;
import dev.marquee.domain.user.UserId;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.http.server.multipart.MultipartBody;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Encoding;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.inject.Named;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;

/**
 * Image uploads (multipart, part {@code file}): movie posters and person photos for administrators,
 * the caller's own avatar. The bytes decide the type (JPEG, PNG or WebP, else 415); at most the
 * configured size (else 413). The body is received without holding a worker thread (at most {@code
 * marquee.files.upload-timeout}, else 408), then stored from a worker thread: a slow or malformed
 * upload never starves other requests.
 */
@Controller("/api/v1")
@Secured(Roles.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Images")
@CommonErrors
public class ImageController {

    private final ManageImagesUseCase images;
    private final BrowsePersonsUseCase persons;
    private final CommonWebMapper mapper;
    private final PersonWebMapper personMapper;

    private final ExecutorService workers;
    private final Duration uploadTimeout;

    public ImageController(
            ManageImagesUseCase images,
            BrowsePersonsUseCase persons,
            CommonWebMapper mapper,
            PersonWebMapper personMapper,
            @Named(TaskExecutors.BLOCKING) ExecutorService workers,
            UploadSettings settings) {
        this.images = images;
        this.persons = persons;
        this.mapper = mapper;
        this.personMapper = personMapper;
        this.workers = workers;
        this.uploadTimeout = settings.uploadTimeout();
    }

    /** Sets the movie's poster, replacing (and deleting) the previous one. */
    @Put(value = "/movies/{id}/poster", consumes = MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "setMoviePoster")
    @OkResponse
    @RequiresAdmin
    @NotFoundError
    @UploadErrors
    public CompletableFuture<FileResponse> setPoster(
            long id,
            @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.MULTIPART_FORM_DATA,
                                            schema =
                                                    @Schema(implementation = ImageUploadForm.class),
                                            encoding =
                                                    @Encoding(
                                                            name = FilePart.NAME,
                                                            contentType =
                                                                    "image/jpeg, image/png,"
                                                                            + " image/webp")))
                    @Body
                    MultipartBody body) {
        MovieId movie = PathIds.movie(id);
        return store(body, upload -> mapper.toResponse(images.setPoster(movie, upload)));
    }

    @Delete("/movies/{id}/poster")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(
            operationId = "removeMoviePoster",
            summary = "Removes (and deletes) the movie's poster")
    @NoContentResponse
    @RequiresAdmin
    @NotFoundError
    public void removePoster(long id) {
        images.removePoster(PathIds.movie(id));
    }

    /** Adds a photo to the person's gallery; the first one becomes the main photo. */
    @Post(value = "/persons/{id}/photos", consumes = MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "addPersonPhoto")
    @ApiResponse(
            responseCode = "201",
            description = "Created: the new photo",
            headers = {
                @io.swagger.v3.oas.annotations.headers.Header(
                        name = "Location",
                        description = "The address of the new file",
                        required = true,
                        schema = @Schema(type = "string", format = "uri-reference")),
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
            content = @Content(schema = @Schema(implementation = FileResponse.class)))
    @RequiresAdmin
    @NotFoundError
    @UploadErrors
    public CompletableFuture<HttpResponse<FileResponse>> addPhoto(
            long id,
            @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.MULTIPART_FORM_DATA,
                                            schema =
                                                    @Schema(implementation = ImageUploadForm.class),
                                            encoding =
                                                    @Encoding(
                                                            name = FilePart.NAME,
                                                            contentType =
                                                                    "image/jpeg, image/png,"
                                                                            + " image/webp")))
                    @Body
                    MultipartBody body) {
        PersonId person = personId(id);
        return store(
                body,
                upload -> {
                    FileResponse photo = mapper.toResponse(images.addPersonPhoto(person, upload));
                    return HttpResponse.created(photo, URI.create("/api/v1/files/" + photo.id()));
                });
    }

    /** Makes one of the person's photos the main one. */
    @Put("/persons/{id}/main-photo")
    @Operation(operationId = "setPersonMainPhoto")
    @OkResponse
    @RequiresAdmin
    @NotFoundError
    public PersonResponse setMainPhoto(long id, @Valid @Body MainPhotoRequest body) {
        images.setMainPhoto(personId(id), PathIds.of(body.fileId(), "person-photo", FileId::new));
        return personMapper.toResponse(persons.get(personId(id)));
    }

    @Delete("/persons/{id}/photos/{fileId}")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(
            operationId = "removePersonPhoto",
            summary = "Removes (and deletes) one of the person's photos")
    @NoContentResponse
    @RequiresAdmin
    @NotFoundError
    public void removePhoto(long id, long fileId) {
        images.removePersonPhoto(personId(id), PathIds.of(fileId, "person-photo", FileId::new));
    }

    /** Sets the caller's avatar, replacing (and deleting) the previous one. */
    @Put(value = "/users/me/avatar", consumes = MediaType.MULTIPART_FORM_DATA)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(operationId = "setMyAvatar")
    @OkResponse
    @RequiresToken
    @UploadErrors
    public CompletableFuture<FileResponse> setAvatar(
            Authentication caller,
            @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.MULTIPART_FORM_DATA,
                                            schema =
                                                    @Schema(implementation = ImageUploadForm.class),
                                            encoding =
                                                    @Encoding(
                                                            name = FilePart.NAME,
                                                            contentType =
                                                                    "image/jpeg, image/png,"
                                                                            + " image/webp")))
                    @Body
                    MultipartBody body) {
        UserId user = Callers.userId(caller);
        return store(body, upload -> mapper.toResponse(images.setAvatar(user, upload)));
    }

    @Delete("/users/me/avatar")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Status(HttpStatus.NO_CONTENT)
    @Operation(
            operationId = "removeMyAvatar",
            summary = "Removes (and deletes) the caller's avatar")
    @NoContentResponse
    @RequiresToken
    public void removeAvatar(Authentication caller) {
        images.removeAvatar(Callers.userId(caller));
    }

    /** Once the file part has arrived, stores it from a worker thread and releases its buffer. */
    private <T> CompletableFuture<T> store(MultipartBody body, Function<Upload, T> storeUpload) {
        return FilePart.receive(body, uploadTimeout)
                .thenApplyAsync(
                        file -> {
                            try {
                                return storeUpload.apply(
                                        new Upload(file.getFilename(), file.getInputStream()));
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            } finally {
                                file.discard();
                            }
                        },
                        workers);
    }

    private static PersonId personId(long id) {
        return PathIds.of(id, "person", PersonId::new);
    }
}

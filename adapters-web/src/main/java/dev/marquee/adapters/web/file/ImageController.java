package dev.marquee.adapters.web.file;

import dev.marquee.adapters.web.person.PersonResponse;
import dev.marquee.adapters.web.security.Callers;
import dev.marquee.adapters.web.security.Roles;
import dev.marquee.adapters.web.shared.PathIds;
import dev.marquee.domain.file.FileId;
import dev.marquee.domain.file.Upload;
import dev.marquee.domain.person.PersonId;
import dev.marquee.domain.port.in.BrowsePersonsUseCase;
import dev.marquee.domain.port.in.ManageImagesUseCase;
import dev.marquee.domain.shared.InvalidInputException;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.http.multipart.StreamingFileUpload;
import org.reactivestreams.Publisher;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;

/**
 * Image uploads (multipart, part {@code file}): movie posters and person photos for administrators, the
 * caller's own avatar. The bytes decide the type (JPEG, PNG or WebP, else 415); at most the configured size
 * (else 413); streamed to the object store, never held whole in memory twice.
 */
@Controller("/api/v1")
@Secured(Roles.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Images")
public class ImageController {

    private final ManageImagesUseCase images;
    private final BrowsePersonsUseCase persons;

    public ImageController(ManageImagesUseCase images, BrowsePersonsUseCase persons) {
        this.images = images;
        this.persons = persons;
    }

    /** Sets the movie's poster, replacing (and deleting) the previous one. */
    @Put(value = "/movies/{id}/poster", consumes = MediaType.MULTIPART_FORM_DATA)
    public FileResponse setPoster(long id, @Part("file") Publisher<StreamingFileUpload> file) {
        return FileResponse.of(images.setPoster(PathIds.movie(id), upload(file)));
    }

    @Delete("/movies/{id}/poster")
    @Status(HttpStatus.NO_CONTENT)
    public void removePoster(long id) {
        images.removePoster(PathIds.movie(id));
    }

    /** Adds a photo to the person's gallery; the first one becomes the main photo. */
    @Post(value = "/persons/{id}/photos", consumes = MediaType.MULTIPART_FORM_DATA)
    public HttpResponse<FileResponse> addPhoto(long id, @Part("file") Publisher<StreamingFileUpload> file) {
        FileResponse photo = FileResponse.of(images.addPersonPhoto(personId(id), upload(file)));
        return HttpResponse.created(photo, URI.create("/api/v1/files/" + photo.id()));
    }

    /** Makes one of the person's photos the main one. */
    @Put("/persons/{id}/main-photo")
    public PersonResponse setMainPhoto(long id, @Valid @Body MainPhotoRequest body) {
        images.setMainPhoto(personId(id), PathIds.of(body.fileId(), "person-photo", FileId::new));
        return PersonResponse.of(persons.get(personId(id)));
    }

    @Delete("/persons/{id}/photos/{fileId}")
    @Status(HttpStatus.NO_CONTENT)
    public void removePhoto(long id, long fileId) {
        images.removePersonPhoto(personId(id), PathIds.of(fileId, "person-photo", FileId::new));
    }

    /** Sets the caller's avatar, replacing (and deleting) the previous one. */
    @Put(value = "/users/me/avatar", consumes = MediaType.MULTIPART_FORM_DATA)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public FileResponse setAvatar(Authentication caller, @Part("file") Publisher<StreamingFileUpload> file) {
        return FileResponse.of(images.setAvatar(Callers.userId(caller), upload(file)));
    }

    @Delete("/users/me/avatar")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Status(HttpStatus.NO_CONTENT)
    public void removeAvatar(Authentication caller) {
        images.removeAvatar(Callers.userId(caller));
    }

    /** The uploaded part as a stream of its bytes, read on this (blocking) thread as they arrive. */
    private static Upload upload(Publisher<StreamingFileUpload> part) {
        StreamingFileUpload file = SinglePart.await(part)
                .orElseThrow(() -> new InvalidInputException("file", "a multipart part named file is required"));
        return new Upload(file.getFilename(), file.asInputStream());
    }

    private static PersonId personId(long id) {
        return PathIds.of(id, "person", PersonId::new);
    }
}

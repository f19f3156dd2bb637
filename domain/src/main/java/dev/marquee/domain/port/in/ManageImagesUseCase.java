package dev.marquee.domain.port.in;

import dev.marquee.domain.file.FileId;
import dev.marquee.domain.file.Upload;
import dev.marquee.domain.movie.MovieId;
import dev.marquee.domain.person.PersonId;
import dev.marquee.domain.user.UserId;
import dev.marquee.domain.view.FileContent;
import dev.marquee.domain.view.FileView;

/**
 * Posters, person photos and avatars: uploads are judged by their bytes (JPEG, PNG, WebP) and
 * bounded in size; a failed upload leaves neither record nor object; a replaced or removed image
 * loses its object.
 */
public interface ManageImagesUseCase {

    FileView setPoster(MovieId movie, Upload upload);

    void removePoster(MovieId movie);

    FileView addPersonPhoto(PersonId person, Upload upload);

    void setMainPhoto(PersonId person, FileId file);

    void removePersonPhoto(PersonId person, FileId file);

    FileView setAvatar(UserId user, Upload upload);

    void removeAvatar(UserId user);

    FileView file(FileId id);

    FileContent content(FileId id);
}

package dev.marquee.domain.port.out;

import dev.marquee.domain.file.FileId;
import dev.marquee.domain.file.NewFile;
import dev.marquee.domain.file.ObjectKey;
import dev.marquee.domain.movie.MovieId;
import dev.marquee.domain.person.PersonId;
import dev.marquee.domain.user.UserId;
import dev.marquee.domain.view.FileView;
import dev.marquee.domain.view.StoredFile;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Records stored files and which movie, person or account each belongs to. Every method that
 * detaches a file removes its record and returns it, so that the caller can remove its object once
 * the change commits.
 */
public interface FileRepository {

    FileView add(NewFile file);

    /** Which of these object keys a file record points at. */
    Set<ObjectKey> recordedAmong(Collection<ObjectKey> keys);

    Optional<StoredFile> find(FileId id);

    /** Makes the file the movie's poster; returns the poster it replaces. */
    Optional<StoredFile> replacePoster(MovieId movie, FileId file);

    Optional<StoredFile> removePoster(MovieId movie);

    /** Makes the file the account's avatar; returns the avatar it replaces. */
    Optional<StoredFile> replaceAvatar(UserId user, FileId file);

    Optional<StoredFile> removeAvatar(UserId user);

    /** Adds a photo to the person's gallery; the first one becomes the main photo. */
    void addPersonPhoto(PersonId person, FileId file);

    /** Makes one of the person's photos the main one; false when the file is not among them. */
    boolean setMainPhoto(PersonId person, FileId file);

    /**
     * Removes one of the person's photos (another becomes main if it was); empty when it was not
     * among them.
     */
    Optional<StoredFile> removePersonPhoto(PersonId person, FileId file);

    /**
     * Removes the records of every file of the movie, person or account, before the owner itself
     * goes.
     */
    List<StoredFile> releaseFilesOf(MovieId movie);

    List<StoredFile> releaseFilesOf(PersonId person);

    List<StoredFile> releaseFilesOf(UserId user);
}

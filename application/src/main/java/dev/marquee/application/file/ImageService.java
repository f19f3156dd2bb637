package dev.marquee.application.file;

import dev.marquee.domain.file.FileId;
import dev.marquee.domain.file.FileNames;
import dev.marquee.domain.file.ImageType;
import dev.marquee.domain.file.NewFile;
import dev.marquee.domain.file.ObjectKey;
import dev.marquee.domain.file.Upload;
import dev.marquee.domain.movie.MovieId;
import dev.marquee.domain.person.PersonId;
import dev.marquee.domain.port.in.ManageImagesUseCase;
import dev.marquee.domain.port.out.FileRepository;
import dev.marquee.domain.port.out.FileStorage;
import dev.marquee.domain.port.out.MovieRepository;
import dev.marquee.domain.port.out.PersonRepository;
import dev.marquee.domain.port.out.Transactions;
import dev.marquee.domain.shared.FileTooLargeException;
import dev.marquee.domain.shared.NotFoundException;
import dev.marquee.domain.shared.StorageUnavailableException;
import dev.marquee.domain.shared.UnsupportedImageException;
import dev.marquee.domain.user.UserId;
import dev.marquee.domain.view.FileContent;
import dev.marquee.domain.view.FileView;
import dev.marquee.domain.view.StoredFile;
import java.io.IOException;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.function.Function;

/**
 * Images: the bytes go to the object store first, then one transaction records the file and
 * attaches it to its owner; when that fails the new object is removed, and when it succeeds the
 * replaced one is.
 */
public final class ImageService implements ManageImagesUseCase {

    private final FileRepository files;
    private final FileStorage storage;
    private final ObjectJanitor janitor;
    private final MovieRepository movies;
    private final PersonRepository persons;
    private final Transactions transactions;
    private final long maxBytes;

    public ImageService(
            FileRepository files,
            FileStorage storage,
            ObjectJanitor janitor,
            MovieRepository movies,
            PersonRepository persons,
            Transactions transactions,
            long maxBytes) {
        this.files = files;
        this.storage = storage;
        this.janitor = janitor;
        this.movies = movies;
        this.persons = persons;
        this.transactions = transactions;
        this.maxBytes = maxBytes;
    }

    @Override
    public FileView setPoster(MovieId movie, Upload upload) {
        requireMovie(movie);
        return storeAndAttach("posters", upload, file -> files.replacePoster(movie, file));
    }

    @Override
    public void removePoster(MovieId movie) {
        requireMovie(movie);
        transactions
                .inTransaction(() -> files.removePoster(movie))
                .ifPresent(file -> janitor.discard(file.key()));
    }

    @Override
    public FileView addPersonPhoto(PersonId person, Upload upload) {
        requirePerson(person);
        return storeAndAttach(
                "person-photos",
                upload,
                file -> {
                    files.addPersonPhoto(person, file);
                    return Optional.empty();
                });
    }

    @Override
    public void setMainPhoto(PersonId person, FileId file) {
        requirePerson(person);
        if (!files.setMainPhoto(person, file)) {
            throw new NotFoundException("person-photo", file.value());
        }
    }

    @Override
    public void removePersonPhoto(PersonId person, FileId file) {
        requirePerson(person);
        StoredFile removed =
                transactions
                        .inTransaction(() -> files.removePersonPhoto(person, file))
                        .orElseThrow(() -> new NotFoundException("person-photo", file.value()));
        janitor.discard(removed.key());
    }

    @Override
    public FileView setAvatar(UserId user, Upload upload) {
        return storeAndAttach("avatars", upload, file -> files.replaceAvatar(user, file));
    }

    @Override
    public void removeAvatar(UserId user) {
        transactions
                .inTransaction(() -> files.removeAvatar(user))
                .ifPresent(file -> janitor.discard(file.key()));
    }

    @Override
    public FileView file(FileId id) {
        return stored(id).view();
    }

    @Override
    public FileContent content(FileId id) {
        StoredFile file = stored(id);
        return new FileContent(file.view(), storage.open(file.key()));
    }

    private FileView storeAndAttach(
            String folder, Upload upload, Function<FileId, Optional<StoredFile>> attach) {
        PushbackInputStream content =
                new PushbackInputStream(upload.content(), ImageType.SIGNATURE_LENGTH);
        ImageType type = sniff(content);
        ObjectKey key = ObjectKey.newIn(folder);
        BoundedInputStream bounded = new BoundedInputStream(content, maxBytes);
        try {
            storage.put(key, bounded, -1, type.mimeType());
        } catch (StorageUnavailableException e) {
            if (bounded.exceeded()) {
                throw new FileTooLargeException(maxBytes);
            }
            throw e;
        }
        try {
            Attached attached =
                    transactions.inTransaction(
                            () -> {
                                FileView view =
                                        files.add(
                                                new NewFile(
                                                        key,
                                                        FileNames.sanitize(
                                                                upload.declaredName(), type),
                                                        type,
                                                        bounded.count()));
                                return new Attached(view, attach.apply(new FileId(view.id())));
                            });
            attached.replaced().ifPresent(replaced -> janitor.discard(replaced.key()));
            return attached.file();
        } catch (RuntimeException e) {
            janitor.discard(key);
            throw e;
        }
    }

    private static ImageType sniff(PushbackInputStream content) {
        try {
            byte[] head = content.readNBytes(ImageType.SIGNATURE_LENGTH);
            content.unread(head);
            return ImageType.sniff(head, head.length).orElseThrow(UnsupportedImageException::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private StoredFile stored(FileId id) {
        return files.find(id).orElseThrow(() -> new NotFoundException("file", id.value()));
    }

    private void requireMovie(MovieId movie) {
        if (!movies.exists(movie)) {
            throw new NotFoundException("movie", movie.value());
        }
    }

    private void requirePerson(PersonId person) {
        if (persons.findById(person).isEmpty()) {
            throw new NotFoundException("person", person.value());
        }
    }

    /** A file just recorded and attached, and the one it replaced. */
    private record Attached(FileView file, Optional<StoredFile> replaced) {}
}

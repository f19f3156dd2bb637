package dev.marquee.domain.port.out.fakes;

import dev.marquee.domain.file.FileId;
import dev.marquee.domain.file.NewFile;
import dev.marquee.domain.file.ObjectKey;
import dev.marquee.domain.movie.MovieId;
import dev.marquee.domain.person.PersonId;
import dev.marquee.domain.port.out.FileRepository;
import dev.marquee.domain.user.UserId;
import dev.marquee.domain.view.FileView;
import dev.marquee.domain.view.StoredFile;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * File records and their owners in memory, honouring FileRepository's Javadoc; {@link
 * #failNextAdd()} simulates a failed write.
 */
public final class InMemoryFileRepository implements FileRepository {

    private final Map<Long, StoredFile> files = new LinkedHashMap<>();
    private final Map<Long, Long> posters = new HashMap<>();
    private final Map<Long, Long> avatars = new HashMap<>();
    private final Map<Long, LinkedHashMap<Long, Boolean>> photos = new HashMap<>();
    private long nextId = 1;
    private boolean failNextAdd;

    @Override
    public synchronized FileView add(NewFile file) {
        if (failNextAdd) {
            failNextAdd = false;
            throw new IllegalStateException("database unavailable");
        }
        FileView view =
                new FileView(nextId++, file.fileName(), file.type().mimeType(), file.size());
        files.put(view.id(), new StoredFile(view, file.key()));
        return view;
    }

    @Override
    public synchronized Set<ObjectKey> recordedAmong(Collection<ObjectKey> keys) {
        Set<ObjectKey> recorded =
                files.values().stream().map(StoredFile::key).collect(Collectors.toSet());
        return keys.stream().filter(recorded::contains).collect(Collectors.toSet());
    }

    @Override
    public synchronized Optional<StoredFile> find(FileId id) {
        return Optional.ofNullable(files.get(id.value()));
    }

    @Override
    public synchronized Optional<StoredFile> replacePoster(MovieId movie, FileId file) {
        return releaseReplaced(posters.put(movie.value(), file.value()), file);
    }

    @Override
    public synchronized Optional<StoredFile> removePoster(MovieId movie) {
        return release(posters.remove(movie.value()));
    }

    @Override
    public synchronized Optional<StoredFile> replaceAvatar(UserId user, FileId file) {
        return releaseReplaced(avatars.put(user.value(), file.value()), file);
    }

    @Override
    public synchronized Optional<StoredFile> removeAvatar(UserId user) {
        return release(avatars.remove(user.value()));
    }

    @Override
    public synchronized void addPersonPhoto(PersonId person, FileId file) {
        LinkedHashMap<Long, Boolean> gallery =
                photos.computeIfAbsent(person.value(), id -> new LinkedHashMap<>());
        gallery.put(file.value(), gallery.isEmpty());
    }

    @Override
    public synchronized boolean setMainPhoto(PersonId person, FileId file) {
        LinkedHashMap<Long, Boolean> gallery =
                photos.getOrDefault(person.value(), new LinkedHashMap<>());
        if (!gallery.containsKey(file.value())) {
            return false;
        }
        gallery.replaceAll((id, main) -> id == file.value());
        return true;
    }

    @Override
    public synchronized Optional<StoredFile> removePersonPhoto(PersonId person, FileId file) {
        LinkedHashMap<Long, Boolean> gallery =
                photos.getOrDefault(person.value(), new LinkedHashMap<>());
        Boolean wasMain = gallery.remove(file.value());
        if (wasMain == null) {
            return Optional.empty();
        }
        if (wasMain && !gallery.isEmpty()) {
            gallery.put(gallery.keySet().iterator().next(), true);
        }
        return release(file.value());
    }

    @Override
    public synchronized List<StoredFile> releaseFilesOf(MovieId movie) {
        return removePoster(movie).stream().toList();
    }

    @Override
    public synchronized List<StoredFile> releaseFilesOf(PersonId person) {
        List<StoredFile> released = new ArrayList<>();
        for (Long file :
                new ArrayList<>(
                        photos.getOrDefault(person.value(), new LinkedHashMap<>()).keySet())) {
            release(file).ifPresent(released::add);
        }
        photos.remove(person.value());
        return released;
    }

    @Override
    public synchronized List<StoredFile> releaseFilesOf(UserId user) {
        return removeAvatar(user).stream().toList();
    }

    public synchronized int count() {
        return files.size();
    }

    public synchronized Optional<Long> mainPhotoOf(PersonId person) {
        return photos.getOrDefault(person.value(), new LinkedHashMap<>()).entrySet().stream()
                .filter(Map.Entry::getValue)
                .map(Map.Entry::getKey)
                .findFirst();
    }

    /** The person's photos in the order they were added. */
    synchronized List<FileView> photosOf(PersonId person) {
        return photos.getOrDefault(person.value(), new LinkedHashMap<>()).keySet().stream()
                .map(id -> files.get(id).view())
                .toList();
    }

    /** The id of the movie's poster file, if it has one. */
    synchronized Optional<Long> posterOf(MovieId movie) {
        return Optional.ofNullable(posters.get(movie.value()));
    }

    public synchronized void failNextAdd() {
        failNextAdd = true;
    }

    /** Releases the file an owner pointed at before, unless it is the one it points at now. */
    private Optional<StoredFile> releaseReplaced(Long previous, FileId current) {
        return previous != null && previous == current.value()
                ? Optional.empty()
                : release(previous);
    }

    private Optional<StoredFile> release(Long fileId) {
        return fileId == null ? Optional.empty() : Optional.ofNullable(files.remove(fileId));
    }
}

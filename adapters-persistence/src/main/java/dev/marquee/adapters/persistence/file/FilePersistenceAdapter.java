package dev.marquee.adapters.persistence.file;

import dev.marquee.adapters.persistence.shared.DatabaseTime;
import dev.marquee.adapters.persistence.shared.Rows;
import dev.marquee.adapters.persistence.shared.Sql;
import dev.marquee.domain.file.FileId;
import dev.marquee.domain.file.NewFile;
import dev.marquee.domain.file.ObjectKey;
import dev.marquee.domain.movie.MovieId;
import dev.marquee.domain.person.PersonId;
import dev.marquee.domain.port.out.FileRepository;
import dev.marquee.domain.user.UserId;
import dev.marquee.domain.view.FileView;
import dev.marquee.domain.view.StoredFile;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Records files and their owners in PostgreSQL. Attaching and detaching lock the owner's row, so
 * that two concurrent replacements of a poster or an avatar each see, and release, the one they
 * replace.
 */
@Singleton
public class FilePersistenceAdapter implements FileRepository {

    private static final String COLUMNS = "id, object_key, file_name, mime_type, size_bytes";

    private final Sql sql;
    private final DatabaseTime time;

    public FilePersistenceAdapter(Sql sql, DatabaseTime time) {
        this.sql = sql;
        this.time = time;
    }

    @Override
    @Transactional
    public FileView add(NewFile file) {
        return sql.one(
                        "insert into files (object_key, file_name, mime_type, size_bytes, created_at) values (?, ?, ?, ?, ?)"
                                + " returning "
                                + COLUMNS,
                        List.of(
                                file.key().value(),
                                file.fileName(),
                                file.type().mimeType(),
                                file.size(),
                                Timestamp.from(time.now())),
                        FilePersistenceAdapter::toStoredFile)
                .orElseThrow()
                .view();
    }

    @Override
    @Transactional(readOnly = true)
    public Set<ObjectKey> recordedAmong(Collection<ObjectKey> keys) {
        String[] values = keys.stream().map(ObjectKey::value).toArray(String[]::new);
        return Set.copyOf(
                sql.list(
                        "select object_key from files where object_key = any(?::text[])",
                        List.of((Object) values),
                        row -> new ObjectKey(row.getString("object_key"))));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<StoredFile> find(FileId id) {
        return sql.one(
                "select " + COLUMNS + " from files where id = ?",
                List.of(id.value()),
                FilePersistenceAdapter::toStoredFile);
    }

    @Override
    @Transactional
    public Optional<StoredFile> replacePoster(MovieId movie, FileId file) {
        return replace("movies", "poster_file_id", movie.value(), file.value());
    }

    @Override
    @Transactional
    public Optional<StoredFile> removePoster(MovieId movie) {
        return replace("movies", "poster_file_id", movie.value(), null);
    }

    @Override
    @Transactional
    public Optional<StoredFile> replaceAvatar(UserId user, FileId file) {
        return replace("users", "avatar_file_id", user.value(), file.value());
    }

    @Override
    @Transactional
    public Optional<StoredFile> removeAvatar(UserId user) {
        return replace("users", "avatar_file_id", user.value(), null);
    }

    @Override
    @Transactional
    public void addPersonPhoto(PersonId person, FileId file) {
        lockPerson(person);
        sql.update(
                """
                insert into person_photos (person_id, file_id, is_main, added_at)
                values (?, ?, not exists (select 1 from person_photos where person_id = ? and is_main), ?)""",
                List.of(person.value(), file.value(), person.value(), Timestamp.from(time.now())));
    }

    @Override
    @Transactional
    public boolean setMainPhoto(PersonId person, FileId file) {
        lockPerson(person);
        if (sql.count(
                        "select count(*) from person_photos where person_id = ? and file_id = ?",
                        List.of(person.value(), file.value()))
                == 0) {
            return false;
        }
        sql.update(
                "update person_photos set is_main = false where person_id = ? and is_main",
                List.of(person.value()));
        sql.update(
                "update person_photos set is_main = true where person_id = ? and file_id = ?",
                List.of(person.value(), file.value()));
        return true;
    }

    @Override
    @Transactional
    public Optional<StoredFile> removePersonPhoto(PersonId person, FileId file) {
        lockPerson(person);
        if (sql.count(
                        "select count(*) from person_photos where person_id = ? and file_id = ?",
                        List.of(person.value(), file.value()))
                == 0) {
            return Optional.empty();
        }
        Optional<StoredFile> removed = deleteFile(file.value());
        sql.update(
                """
                update person_photos set is_main = true
                where person_id = ? and not exists (select 1 from person_photos where person_id = ? and is_main)
                  and file_id = (select file_id from person_photos where person_id = ? order by added_at, file_id limit 1)""",
                List.of(person.value(), person.value(), person.value()));
        return removed;
    }

    @Override
    @Transactional
    public List<StoredFile> releaseFilesOf(MovieId movie) {
        return removePoster(movie).stream().toList();
    }

    @Override
    @Transactional
    public List<StoredFile> releaseFilesOf(PersonId person) {
        return sql.list(
                "delete from files where id in (select file_id from person_photos where person_id = ?) returning "
                        + COLUMNS,
                List.of(person.value()),
                FilePersistenceAdapter::toStoredFile);
    }

    @Override
    @Transactional
    public List<StoredFile> releaseFilesOf(UserId user) {
        return removeAvatar(user).stream().toList();
    }

    /**
     * Points the owner's file column at the new file (or at none) and deletes the record it pointed
     * at before.
     */
    private Optional<StoredFile> replace(
            String table, String column, long ownerId, Long newFileId) {
        Optional<Long> previous =
                sql.one(
                                "select " + column + " from " + table + " where id = ? for update",
                                List.of(ownerId),
                                row -> Optional.ofNullable(Rows.nullableLong(row, column)))
                        .flatMap(current -> current);
        sql.update(
                "update " + table + " set " + column + " = ? where id = ?",
                java.util.Arrays.asList(newFileId, ownerId));
        return previous.filter(id -> !id.equals(newFileId)).flatMap(this::deleteFile);
    }

    private Optional<StoredFile> deleteFile(long fileId) {
        return sql.one(
                "delete from files where id = ? returning " + COLUMNS,
                List.of(fileId),
                FilePersistenceAdapter::toStoredFile);
    }

    private void lockPerson(PersonId person) {
        sql.one(
                "select id from persons where id = ? for update",
                List.of(person.value()),
                row -> row.getLong("id"));
    }

    private static StoredFile toStoredFile(ResultSet row) throws SQLException {
        return new StoredFile(
                new FileView(
                        row.getLong("id"),
                        row.getString("file_name"),
                        row.getString("mime_type"),
                        row.getLong("size_bytes")),
                new ObjectKey(row.getString("object_key")));
    }
}

package dev.marquee.domain.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.domain.file.FileId;
import dev.marquee.domain.file.ImageType;
import dev.marquee.domain.file.NewFile;
import dev.marquee.domain.file.ObjectKey;
import dev.marquee.domain.movie.MovieId;
import dev.marquee.domain.person.PersonId;
import dev.marquee.domain.user.UserId;
import dev.marquee.domain.view.FileView;
import dev.marquee.domain.view.StoredFile;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What every FileRepository must do, run against the in-memory fake and PostgreSQL: each detaching
 * call removes the record it detaches and returns it, and only that one.
 */
public abstract class FileRepositoryContract extends ContractSupport {

    protected abstract FileRepository files();

    protected abstract MovieId existingMovie();

    protected abstract PersonId existingPerson();

    protected abstract UserId existingUser();

    /** The file id of the person's main photo, if any. */
    protected abstract Optional<Long> mainPhotoOf(PersonId person);

    @Test
    void recordsAFileAndFindsItWithItsObjectKey() {
        ObjectKey key = ObjectKey.newIn("posters");

        FileView view = files().add(new NewFile(key, "heat.png", ImageType.PNG, 1234));

        assertThat(view.fileName()).isEqualTo("heat.png");
        assertThat(view.mimeType()).isEqualTo("image/png");
        assertThat(view.size()).isEqualTo(1234);
        assertThat(files().find(new FileId(view.id()))).hasValue(new StoredFile(view, key));
        assertThat(files().find(new FileId(UNKNOWN_ID))).isEmpty();
    }

    @Test
    void tellsWhichKeysARecordPointsAt() {
        StoredFile recorded = newFile("photos");
        ObjectKey orphan = ObjectKey.newIn("photos");

        assertThat(files().recordedAmong(List.of(recorded.key(), orphan)))
                .containsExactly(recorded.key());
        assertThat(files().recordedAmong(List.of())).isEmpty();
    }

    @Test
    void replacingAPosterReturnsAndRemovesTheOneItReplaces() {
        MovieId movie = existingMovie();
        StoredFile first = newFile("posters");
        StoredFile second = newFile("posters");

        assertThat(files().replacePoster(movie, id(first))).isEmpty();
        assertThat(files().replacePoster(movie, id(second))).hasValue(first);

        assertThat(files().find(id(first))).isEmpty();
        assertThat(files().find(id(second))).hasValue(second);
    }

    @Test
    void makingTheCurrentPosterThePosterAgainReplacesNothing() {
        MovieId movie = existingMovie();
        StoredFile poster = newFile("posters");
        files().replacePoster(movie, id(poster));

        assertThat(files().replacePoster(movie, id(poster))).isEmpty();
        assertThat(files().find(id(poster))).hasValue(poster);
    }

    @Test
    void removingThePosterReturnsItOnceThenNothing() {
        MovieId movie = existingMovie();
        StoredFile poster = newFile("posters");
        files().replacePoster(movie, id(poster));

        assertThat(files().removePoster(movie)).hasValue(poster);
        assertThat(files().removePoster(movie)).isEmpty();
        assertThat(files().find(id(poster))).isEmpty();
    }

    @Test
    void avatarsAreReplacedAndRemovedLikePosters() {
        UserId user = existingUser();
        StoredFile first = newFile("avatars");
        StoredFile second = newFile("avatars");

        assertThat(files().replaceAvatar(user, id(first))).isEmpty();
        assertThat(files().replaceAvatar(user, id(first))).isEmpty();
        assertThat(files().replaceAvatar(user, id(second))).hasValue(first);
        assertThat(files().removeAvatar(user)).hasValue(second);
        assertThat(files().removeAvatar(user)).isEmpty();
        assertThat(files().find(id(first))).isEmpty();
        assertThat(files().find(id(second))).isEmpty();
    }

    @Test
    void theFirstPhotoOfAPersonBecomesMainAndAnotherCanTakeItsPlace() {
        PersonId person = existingPerson();
        StoredFile first = newFile("photos");
        StoredFile second = newFile("photos");

        files().addPersonPhoto(person, id(first));
        files().addPersonPhoto(person, id(second));
        assertThat(mainPhotoOf(person)).hasValue(first.view().id());

        assertThat(files().setMainPhoto(person, id(second))).isTrue();
        assertThat(mainPhotoOf(person)).hasValue(second.view().id());
        assertThat(files().setMainPhoto(person, id(newFile("photos")))).isFalse();
        assertThat(files().setMainPhoto(existingPerson(), id(first))).isFalse();
        assertThat(mainPhotoOf(person)).hasValue(second.view().id());
    }

    @Test
    void removingTheMainPhotoPromotesAnotherAndRemovingAStrangerIsEmpty() {
        PersonId person = existingPerson();
        StoredFile first = newFile("photos");
        StoredFile second = newFile("photos");
        files().addPersonPhoto(person, id(first));
        files().addPersonPhoto(person, id(second));

        assertThat(files().removePersonPhoto(person, id(first))).hasValue(first);

        assertThat(files().find(id(first))).isEmpty();
        assertThat(mainPhotoOf(person)).hasValue(second.view().id());
        assertThat(files().removePersonPhoto(person, id(first))).isEmpty();
        assertThat(files().removePersonPhoto(existingPerson(), id(second))).isEmpty();
        assertThat(files().find(id(second))).hasValue(second);
    }

    @Test
    void releasingTheFilesOfAnOwnerReturnsAndRemovesEveryOne() {
        MovieId movie = existingMovie();
        PersonId person = existingPerson();
        UserId user = existingUser();
        StoredFile poster = newFile("posters");
        StoredFile photoA = newFile("photos");
        StoredFile photoB = newFile("photos");
        StoredFile avatar = newFile("avatars");
        files().replacePoster(movie, id(poster));
        files().addPersonPhoto(person, id(photoA));
        files().addPersonPhoto(person, id(photoB));
        files().replaceAvatar(user, id(avatar));

        assertThat(files().releaseFilesOf(movie)).containsExactly(poster);
        assertThat(files().releaseFilesOf(person)).containsExactlyInAnyOrder(photoA, photoB);
        assertThat(files().releaseFilesOf(user)).containsExactly(avatar);

        for (StoredFile file : List.of(poster, photoA, photoB, avatar)) {
            assertThat(files().find(id(file))).isEmpty();
        }
        assertThat(files().releaseFilesOf(movie)).isEmpty();
        assertThat(files().releaseFilesOf(person)).isEmpty();
        assertThat(mainPhotoOf(person)).isEmpty();
    }

    private StoredFile newFile(String folder) {
        ObjectKey key = ObjectKey.newIn(folder);
        FileView view = files().add(new NewFile(key, folder + ".jpg", ImageType.JPEG, 10));
        return new StoredFile(view, key);
    }

    private static FileId id(StoredFile file) {
        return new FileId(file.view().id());
    }
}

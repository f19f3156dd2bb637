package dev.marquee.application.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marquee.application.fakes.DirectTransactions;
import dev.marquee.application.fakes.InMemoryFileRepository;
import dev.marquee.application.fakes.InMemoryFileStorage;
import dev.marquee.application.fakes.InMemoryMovieRepository;
import dev.marquee.application.fakes.InMemoryPersonRepository;
import dev.marquee.domain.file.FileId;
import dev.marquee.domain.file.Upload;
import dev.marquee.domain.movie.MovieId;
import dev.marquee.domain.person.Gender;
import dev.marquee.domain.person.PersonDetails;
import dev.marquee.domain.person.PersonId;
import dev.marquee.domain.shared.FileTooLargeException;
import dev.marquee.domain.shared.NotFoundException;
import dev.marquee.domain.shared.StorageUnavailableException;
import dev.marquee.domain.shared.UnsupportedImageException;
import dev.marquee.domain.user.UserId;
import dev.marquee.domain.view.FileView;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ImageServiceTest {

    private static final byte[] PNG = {
        (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'
    };
    private static final byte[] JPEG = {
        (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1
    };
    private static final int MAX_BYTES = 1_000;

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC);
    private final InMemoryFileRepository files = new InMemoryFileRepository();
    private final InMemoryFileStorage storage = new InMemoryFileStorage();
    private final InMemoryMovieRepository movies = new InMemoryMovieRepository();
    private final InMemoryPersonRepository persons = new InMemoryPersonRepository(clock);
    private final ImageService images =
            new ImageService(
                    files,
                    storage,
                    new ObjectJanitor(storage),
                    movies,
                    persons,
                    new DirectTransactions(),
                    MAX_BYTES);
    private final MovieId movie = movies.knowMovie(1, "Heat");

    private static Upload upload(String name, byte[] bytes) {
        return new Upload(name, new ByteArrayInputStream(bytes));
    }

    private PersonId person() {
        return persons.add(new PersonDetails("Val", "Kilmer", null, null, Gender.MALE, null)).id();
    }

    @Test
    void storesThePosterObjectWithTheSniffedTypeAndRecordsIt() {
        FileView poster = images.setPoster(movie, upload("../../etc/passwd.gif", PNG));

        assertThat(poster.mimeType()).isEqualTo("image/png");
        assertThat(poster.fileName()).isEqualTo("passwd.png");
        assertThat(poster.size()).isEqualTo(PNG.length);
        assertThat(storage.count()).isEqualTo(1);
        assertThat(files.count()).isEqualTo(1);
    }

    @Test
    void theContentIsTheUploadedBytes() throws Exception {
        FileView poster = images.setPoster(movie, upload("heat.jpg", JPEG));

        assertThat(images.content(new FileId(poster.id())).bytes().readAllBytes()).isEqualTo(JPEG);
    }

    @Test
    void somethingThatIsNotAnImageIsRefusedAndNothingIsStored() {
        assertThatThrownBy(
                        () ->
                                images.setPoster(
                                        movie,
                                        upload(
                                                "poster.png",
                                                "GIF89a not really"
                                                        .getBytes(StandardCharsets.US_ASCII))))
                .isInstanceOf(UnsupportedImageException.class);
        assertThatThrownBy(() -> images.setPoster(movie, upload("empty.png", new byte[0])))
                .isInstanceOf(UnsupportedImageException.class);

        assertThat(storage.count()).isZero();
        assertThat(files.count()).isZero();
    }

    @Test
    void anUploadOverTheLimitIsRefusedAndNothingIsStored() {
        byte[] tooBig = Arrays.copyOf(PNG, MAX_BYTES + 1);

        assertThatThrownBy(() -> images.setPoster(movie, upload("big.png", tooBig)))
                .isInstanceOf(FileTooLargeException.class);

        assertThat(storage.count()).isZero();
        assertThat(files.count()).isZero();
    }

    @Test
    void anUploadOfExactlyTheLimitIsAccepted() {
        assertThat(images.setPoster(movie, upload("max.png", Arrays.copyOf(PNG, MAX_BYTES))).size())
                .isEqualTo(MAX_BYTES);
    }

    @Test
    void whenTheStoreIsDownTheUploadFailsAndNothingIsRecorded() {
        storage.goDown();

        assertThatThrownBy(() -> images.setPoster(movie, upload("p.png", PNG)))
                .isInstanceOf(StorageUnavailableException.class);

        assertThat(files.count()).isZero();
    }

    @Test
    void whenRecordingFailsTheNewObjectIsRemoved() {
        files.failNextAdd();

        assertThatThrownBy(() -> images.setPoster(movie, upload("p.png", PNG)))
                .isInstanceOf(IllegalStateException.class);

        assertThat(storage.count()).isZero();
    }

    @Test
    void replacingAPosterRemovesTheOldFileAndItsObject() {
        FileView first = images.setPoster(movie, upload("a.png", PNG));

        FileView second = images.setPoster(movie, upload("b.jpg", JPEG));

        assertThat(storage.count()).isEqualTo(1);
        assertThatThrownBy(() -> images.file(new FileId(first.id())))
                .isInstanceOf(NotFoundException.class);
        assertThat(images.file(new FileId(second.id())).mimeType()).isEqualTo("image/jpeg");
    }

    @Test
    void removingThePosterRemovesItsObject() {
        images.setPoster(movie, upload("a.png", PNG));

        images.removePoster(movie);
        images.removePoster(movie);

        assertThat(storage.count()).isZero();
        assertThat(files.count()).isZero();
    }

    @Test
    void anUnknownMovieOrPersonIsNotFoundBeforeAnythingIsStored() {
        assertThatThrownBy(() -> images.setPoster(new MovieId(99), upload("a.png", PNG)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> images.addPersonPhoto(new PersonId(99), upload("a.png", PNG)))
                .isInstanceOf(NotFoundException.class);

        assertThat(storage.count()).isZero();
    }

    @Test
    void theFirstPhotoIsTheMainOneAndRemovingItPromotesTheNext() {
        PersonId val = person();
        FileView first = images.addPersonPhoto(val, upload("1.png", PNG));
        FileView second = images.addPersonPhoto(val, upload("2.png", PNG));

        assertThat(files.mainPhotoOf(val)).hasValue(first.id());
        images.removePersonPhoto(val, new FileId(first.id()));

        assertThat(files.mainPhotoOf(val)).hasValue(second.id());
        assertThat(storage.count()).isEqualTo(1);
    }

    @Test
    void onlyAPhotoOfThePersonCanBecomeTheMainOne() {
        PersonId val = person();
        PersonId other = person();
        images.addPersonPhoto(val, upload("1.png", PNG));
        FileView second = images.addPersonPhoto(val, upload("2.png", PNG));
        FileView foreign = images.addPersonPhoto(other, upload("x.png", PNG));

        images.setMainPhoto(val, new FileId(second.id()));

        assertThat(files.mainPhotoOf(val)).hasValue(second.id());
        assertThatThrownBy(() -> images.setMainPhoto(val, new FileId(foreign.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> images.removePersonPhoto(val, new FileId(foreign.id())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void anAvatarReplacesTheOldOneAndCanBeRemoved() {
        UserId ada = new UserId(7);
        images.setAvatar(ada, upload("me.png", PNG));
        images.setAvatar(ada, upload("me2.jpg", JPEG));

        assertThat(storage.count()).isEqualTo(1);
        images.removeAvatar(ada);
        assertThat(storage.count()).isZero();
    }

    @Test
    void aReplacedObjectThatCannotBeRemovedNowDoesNotFailTheReplacement() {
        images.setAvatar(new UserId(7), upload("me.png", PNG));
        storage.goDown();

        images.removeAvatar(new UserId(7));

        storage.comeBack();
        assertThat(files.count()).isZero();
        assertThat(storage.count()).isEqualTo(1);
    }
}

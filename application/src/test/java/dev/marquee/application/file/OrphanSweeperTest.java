package dev.marquee.application.file;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.application.fakes.DirectTransactions;
import dev.marquee.application.fakes.InMemoryFileRepository;
import dev.marquee.application.fakes.InMemoryFileStorage;
import dev.marquee.application.fakes.InMemoryMovieRepository;
import dev.marquee.application.fakes.InMemoryPersonRepository;
import dev.marquee.domain.file.ObjectKey;
import dev.marquee.domain.file.Upload;
import dev.marquee.domain.movie.MovieId;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class OrphanSweeperTest {

    private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");
    private static final byte[] PNG = {
        (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13
    };

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final InMemoryFileRepository files = new InMemoryFileRepository();
    private final InMemoryFileStorage storage = new InMemoryFileStorage();
    private final InMemoryMovieRepository movies = new InMemoryMovieRepository();
    private final ImageService images =
            new ImageService(
                    files,
                    storage,
                    new ObjectJanitor(storage),
                    movies,
                    new InMemoryPersonRepository(clock),
                    new DirectTransactions(),
                    1_000);
    private final OrphanSweeper sweeper =
            new OrphanSweeper(storage, files, clock, Duration.ofHours(1));

    private ObjectKey strayObjectWrittenAt(Instant when) {
        storage.writeAt(when);
        ObjectKey key = ObjectKey.newIn("posters");
        storage.put(key, new ByteArrayInputStream(PNG), PNG.length, "image/png");
        return key;
    }

    @Test
    void removesOldObjectsThatNoRecordPointsAt() {
        ObjectKey stray = strayObjectWrittenAt(NOW.minus(Duration.ofHours(2)));

        assertThat(sweeper.sweep()).isEqualTo(1);

        assertThat(storage.holds(stray)).isFalse();
    }

    @Test
    void keepsRecentObjectsThatMayBelongToAnUploadInFlight() {
        ObjectKey recent = strayObjectWrittenAt(NOW.minus(Duration.ofMinutes(10)));

        assertThat(sweeper.sweep()).isZero();

        assertThat(storage.holds(recent)).isTrue();
    }

    @Test
    void keepsObjectsThatRecordsPointAt() {
        storage.writeAt(NOW.minus(Duration.ofDays(30)));
        MovieId movie = movies.knowMovie(1, "Heat");
        images.setPoster(movie, new Upload("poster.png", new ByteArrayInputStream(PNG)));

        assertThat(sweeper.sweep()).isZero();

        assertThat(storage.count()).isEqualTo(1);
    }

    @Test
    void walksEveryPageOfALargeStore() {
        for (int i = 0; i < 1_203; i++) {
            strayObjectWrittenAt(NOW.minus(Duration.ofDays(1)));
        }

        assertThat(sweeper.sweep()).isEqualTo(1_203);

        assertThat(storage.count()).isZero();
    }
}

package dev.marquee.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.application.file.OrphanSweeper;
import dev.marquee.domain.file.ObjectKey;
import dev.marquee.domain.port.out.FileRepository;
import dev.marquee.domain.port.out.FileStorage;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The sweeper against the real object store and database: objects without a record go, recorded
 * ones stay.
 */
class OrphanSweepTest {

    private static final byte[] PNG = {
        (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'
    };

    @Test
    void removesObjectsThatNoRecordPointsAtAndKeepsTheOthers() {
        Api api = Api.forShared();
        var context = TestMarquee.shared().context();
        FileStorage storage = context.getBean(FileStorage.class);
        long movie =
                api.post(
                                "/api/v1/movies",
                                "{\"title\":\"Swept " + Fixtures.unique() + "\"}",
                                api.adminToken())
                        .id();
        long poster =
                api.upload(
                                "PUT",
                                "/api/v1/movies/" + movie + "/poster",
                                "p.png",
                                "image/png",
                                PNG,
                                api.adminToken())
                        .id();
        ObjectKey recorded =
                new ObjectKey(
                        Fixtures.sqlText("select object_key from files where id = ?", poster));
        ObjectKey stray = ObjectKey.newIn("posters");
        storage.put(stray, new ByteArrayInputStream(PNG), PNG.length, "image/png");

        int removed =
                new OrphanSweeper(
                                storage,
                                context.getBean(FileRepository.class),
                                Clock.systemUTC(),
                                Duration.ZERO)
                        .sweep();

        assertThat(removed).isPositive();
        assertThat(storage.exists(stray)).isFalse();
        assertThat(storage.exists(recorded)).isTrue();
        assertThat(api.download("/api/v1/files/" + poster + "/content").statusCode())
                .isEqualTo(200);
    }
}

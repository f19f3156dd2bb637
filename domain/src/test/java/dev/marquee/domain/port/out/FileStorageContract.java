package dev.marquee.domain.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marquee.domain.file.ListedObject;
import dev.marquee.domain.file.ObjectKey;
import dev.marquee.domain.shared.StorageUnavailableException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** What every FileStorage must do, run against the in-memory fake and a real S3 server. */
public abstract class FileStorageContract extends ContractSupport {

    protected abstract FileStorage storage();

    @Test
    void storesReadsAndDeletesAnObject() throws IOException {
        ObjectKey key = ObjectKey.newIn("posters");
        byte[] content = "not really a poster".getBytes(StandardCharsets.UTF_8);

        storage().put(key, new ByteArrayInputStream(content), content.length, "image/png");

        assertThat(storage().exists(key)).isTrue();
        try (InputStream read = storage().open(key)) {
            assertThat(read.readAllBytes()).isEqualTo(content);
        }
        storage().delete(key);
        assertThat(storage().exists(key)).isFalse();
    }

    @Test
    void storesAStreamOfUnknownLength() throws IOException {
        ObjectKey key = ObjectKey.newIn("photos");
        byte[] content = new byte[3 * 1024 * 1024 + 17];
        new Random(7).nextBytes(content);

        storage().put(key, new ByteArrayInputStream(content), -1, "image/jpeg");

        try (InputStream read = storage().open(key)) {
            assertThat(read.readAllBytes()).isEqualTo(content);
        }
    }

    @Test
    void deletingAMissingObjectIsNotAnError() {
        ObjectKey missing = ObjectKey.newIn("avatars");

        storage().delete(missing);

        assertThat(storage().exists(missing)).isFalse();
    }

    @Test
    void openingAMissingObjectIsStorageUnavailable() {
        assertThatThrownBy(() -> storage().open(ObjectKey.newIn("avatars")).close())
                .isInstanceOf(StorageUnavailableException.class);
    }

    @Test
    void listsObjectsInKeyOrderAfterAKeyAtMostMaxAtATime() {
        String folder = "contract-" + unique();
        List<ObjectKey> keys =
                List.of(
                        new ObjectKey(folder + "/a"),
                        new ObjectKey(folder + "/b"),
                        new ObjectKey(folder + "/c"));
        for (int i = keys.size() - 1; i >= 0; i--) {
            storage().put(keys.get(i), new ByteArrayInputStream(new byte[] {1}), 1, "image/png");
        }
        ObjectKey beforeOurs = new ObjectKey(folder + "/0");

        List<ListedObject> first = storage().list(beforeOurs, 2);
        List<ListedObject> rest = storage().list(first.get(1).key(), 2);

        assertThat(first).extracting(ListedObject::key).containsExactly(keys.get(0), keys.get(1));
        assertThat(rest.get(0).key()).isEqualTo(keys.get(2));
        assertThat(first.get(0).lastModified()).isBefore(Instant.now().plusSeconds(60));
        assertThat(storage().list(null, 1)).hasSize(1);
    }
}

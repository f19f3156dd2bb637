package dev.marquee.adapters.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marquee.domain.file.ObjectKey;
import dev.marquee.domain.shared.StorageUnavailableException;
import io.micronaut.health.HealthStatus;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

class MinioFileStorageTest {

    private static TestObjectStore store;
    private static MinioFileStorage storage;

    @BeforeAll
    static void startStore() throws Exception {
        store = TestObjectStore.start();
        storage =
                new MinioFileStorage(
                        store.settings("bucket-" + UUID.randomUUID().toString().substring(0, 8)));
        storage.ensureBucket();
    }

    @AfterAll
    static void stopStore() throws Exception {
        store.stop();
    }

    @Test
    void createsMissingBucketAndToleratesAnExistingOne() {
        MinioFileStorage fresh =
                new MinioFileStorage(
                        store.settings("fresh-" + UUID.randomUUID().toString().substring(0, 8)));

        fresh.ensureBucket();
        fresh.ensureBucket();

        assertThat(fresh.bucketReachable()).isTrue();
    }

    @Test
    void storesReadsAndDeletesAnObject() throws Exception {
        ObjectKey key = ObjectKey.newIn("posters");
        byte[] content = "not really a poster".getBytes(StandardCharsets.UTF_8);

        storage.put(key, new ByteArrayInputStream(content), content.length, "image/png");

        assertThat(storage.exists(key)).isTrue();
        try (InputStream read = storage.open(key)) {
            assertThat(read.readAllBytes()).isEqualTo(content);
        }
        storage.delete(key);
        assertThat(storage.exists(key)).isFalse();
    }

    @Test
    void storesAStreamOfUnknownLength() throws Exception {
        ObjectKey key = ObjectKey.newIn("photos");
        byte[] content = new byte[3 * 1024 * 1024 + 17];
        new java.util.Random(7).nextBytes(content);

        storage.put(key, new ByteArrayInputStream(content), -1, "image/jpeg");

        try (InputStream read = storage.open(key)) {
            assertThat(read.readAllBytes()).isEqualTo(content);
        }
    }

    @Test
    void deletingAMissingObjectIsNotAnError() {
        storage.delete(ObjectKey.newIn("avatars"));

        assertThat(storage.exists(ObjectKey.newIn("avatars"))).isFalse();
    }

    @Test
    void reportsAnUnreachableStoreAsUnavailableAndDown() {
        MinioFileStorage nowhere =
                new MinioFileStorage(
                        new MinioSettings("http://127.0.0.1:1", "a", "b", "bucket", "us-east-1"));

        assertThatThrownBy(
                        () ->
                                nowhere.put(
                                        ObjectKey.newIn("posters"),
                                        new ByteArrayInputStream(new byte[1]),
                                        1,
                                        "image/png"))
                .isInstanceOf(StorageUnavailableException.class);
        assertThat(healthOf(nowhere)).isEqualTo(HealthStatus.DOWN);
        assertThat(healthOf(storage)).isEqualTo(HealthStatus.UP);
    }

    @Test
    void listsObjectsInKeyOrderPageByPage() {
        MinioFileStorage fresh =
                new MinioFileStorage(
                        store.settings("list-" + UUID.randomUUID().toString().substring(0, 8)));
        fresh.ensureBucket();
        for (int i = 0; i < 5; i++) {
            fresh.put(
                    ObjectKey.newIn("posters"),
                    new ByteArrayInputStream(new byte[] {1}),
                    1,
                    "image/png");
        }

        var first = fresh.list(null, 3);
        var rest = fresh.list(first.get(2).key(), 3);

        assertThat(first).hasSize(3);
        assertThat(rest).hasSize(2);
        assertThat(first.get(0).key().value()).isLessThan(first.get(1).key().value());
        assertThat(rest.get(0).key().value()).isGreaterThan(first.get(2).key().value());
        assertThat(first.get(0).lastModified()).isBefore(java.time.Instant.now().plusSeconds(5));
    }

    private static HealthStatus healthOf(MinioFileStorage storage) {
        ObjectStoreHealthIndicator indicator = new ObjectStoreHealthIndicator(storage);
        indicator.setExecutorService(Executors.newSingleThreadExecutor());
        return Mono.from(indicator.getResult()).block().getStatus();
    }
}

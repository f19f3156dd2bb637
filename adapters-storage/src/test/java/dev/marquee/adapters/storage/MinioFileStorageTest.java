package dev.marquee.adapters.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marquee.domain.file.ObjectKey;
import dev.marquee.domain.port.out.FileStorage;
import dev.marquee.domain.port.out.FileStorageContract;
import dev.marquee.domain.shared.StorageUnavailableException;
import io.micronaut.health.HealthStatus;
import java.io.ByteArrayInputStream;
import java.util.UUID;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/** The FileStorage contract on a real S3 server, plus what only the MinIO adapter does. */
class MinioFileStorageTest extends FileStorageContract {

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

    @Override
    protected FileStorage storage() {
        return storage;
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

    private static HealthStatus healthOf(MinioFileStorage storage) {
        ObjectStoreHealthIndicator indicator = new ObjectStoreHealthIndicator(storage);
        indicator.setExecutorService(Executors.newSingleThreadExecutor());
        return Mono.from(indicator.getResult()).block().getStatus();
    }
}

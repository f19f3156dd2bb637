package dev.marquee.adapters.storage;

import dev.marquee.domain.file.ListedObject;
import dev.marquee.domain.file.ObjectKey;
import dev.marquee.domain.port.out.FileStorage;
import dev.marquee.domain.shared.StorageUnavailableException;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Nullable;
import io.minio.BucketExistsArgs;
import io.minio.GetObjectArgs;
import io.minio.ListObjectsArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import io.minio.Result;
import io.minio.StatObjectArgs;
import io.minio.errors.ErrorResponseException;
import io.minio.messages.Item;
import jakarta.inject.Singleton;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps file bytes in an S3-compatible store (MinIO, or the embedded S3 server) through the MinIO
 * client; absent when no store is configured (commands).
 */
@Singleton
@Requires(property = "minio.endpoint")
public class MinioFileStorage implements FileStorage, ApplicationEventListener<StartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(MinioFileStorage.class);
    private static final long PART_SIZE = 10L * 1024 * 1024;

    private final MinioClient client;
    private final String bucket;

    public MinioFileStorage(MinioSettings settings) {
        MinioClient.Builder builder =
                MinioClient.builder()
                        .endpoint(settings.endpoint())
                        .credentials(settings.accessKey(), settings.secretKey())
                        .region(settings.region());
        if (settings.endpoint().regionMatches(true, 0, "http://", 0, 7)) {
            builder.httpClient(plainHttpClient(), true);
        }
        this.client = builder.build();
        this.bucket = settings.bucket();
    }

    /**
     * The MinIO SDK's own HTTP client for a plain-HTTP endpoint (the embedded S3 server): the SDK's
     * default also loads every certificate named by {@code SSL_CERT_FILE} and {@code SSL_CERT_DIR},
     * which took 0.96 s of each start here and serves no purpose without TLS. Same timeouts and
     * protocol as the SDK's default.
     */
    private static OkHttpClient plainHttpClient() {
        Duration timeout = Duration.ofMinutes(5);
        return new OkHttpClient.Builder()
                .connectTimeout(timeout)
                .writeTimeout(timeout)
                .readTimeout(timeout)
                .protocols(List.of(Protocol.HTTP_1_1))
                .build();
    }

    /**
     * Creates the bucket when it is missing; a store that is down at start is reported, not fatal.
     */
    @Override
    public void onApplicationEvent(StartupEvent event) {
        try {
            ensureBucket();
        } catch (StorageUnavailableException e) {
            LOG.warn(
                    "Object store not reachable at start; uploads will fail until it is: {}",
                    e.getMessage());
        }
    }

    public void ensureBucket() {
        call(
                "create bucket " + bucket,
                () -> {
                    if (!client.bucketExists(BucketExistsArgs.builder().bucket(bucket).build())) {
                        client.makeBucket(MakeBucketArgs.builder().bucket(bucket).build());
                        LOG.info("Created bucket {}", bucket);
                    }
                    return null;
                });
    }

    /** True when the bucket can be reached; used by the health check. */
    public boolean bucketReachable() {
        return call(
                "check bucket " + bucket,
                () -> client.bucketExists(BucketExistsArgs.builder().bucket(bucket).build()));
    }

    public String bucket() {
        return bucket;
    }

    @Override
    public void put(ObjectKey key, InputStream content, long size, String contentType) {
        call(
                "store " + key.value(),
                () ->
                        client.putObject(
                                PutObjectArgs.builder().bucket(bucket).object(key.value()).stream(
                                                content, size, size < 0 ? PART_SIZE : -1)
                                        .contentType(contentType)
                                        .build()));
    }

    @Override
    public InputStream open(ObjectKey key) {
        return call(
                "read " + key.value(),
                () ->
                        client.getObject(
                                GetObjectArgs.builder()
                                        .bucket(bucket)
                                        .object(key.value())
                                        .build()));
    }

    @Override
    public boolean exists(ObjectKey key) {
        return call(
                "look up " + key.value(),
                () -> {
                    try {
                        client.statObject(
                                StatObjectArgs.builder()
                                        .bucket(bucket)
                                        .object(key.value())
                                        .build());
                        return true;
                    } catch (ErrorResponseException e) {
                        if ("NoSuchKey".equals(e.errorResponse().code())) {
                            return false;
                        }
                        throw e;
                    }
                });
    }

    @Override
    public void delete(ObjectKey key) {
        call(
                "delete " + key.value(),
                () -> {
                    client.removeObject(
                            RemoveObjectArgs.builder().bucket(bucket).object(key.value()).build());
                    return null;
                });
    }

    @Override
    public List<ListedObject> list(@Nullable ObjectKey afterKey, int max) {
        return call(
                "list objects",
                () -> {
                    ListObjectsArgs.Builder args =
                            ListObjectsArgs.builder().bucket(bucket).recursive(true).maxKeys(max);
                    if (afterKey != null) {
                        args.startAfter(afterKey.value());
                    }
                    List<ListedObject> objects = new ArrayList<>();
                    for (Result<Item> result : client.listObjects(args.build())) {
                        Item item = result.get();
                        if (objects.size() == max) {
                            break;
                        }
                        if (!item.isDir() && ObjectKey.isValid(item.objectName())) {
                            objects.add(
                                    new ListedObject(
                                            new ObjectKey(item.objectName()),
                                            item.lastModified().toInstant()));
                        }
                    }
                    return objects;
                });
    }

    private static <T> T call(String operation, StoreCall<T> call) {
        try {
            return call.run();
        } catch (Exception e) {
            throw new StorageUnavailableException("Object store failed to " + operation, e);
        }
    }

    /** One call to the MinIO client, which declares a long list of checked exceptions. */
    @FunctionalInterface
    private interface StoreCall<T> {
        T run() throws Exception;
    }
}

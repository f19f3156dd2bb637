package dev.marquee.adapters.storage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.TimeoutException;
import org.gaul.s3proxy.BlobStores;
import org.gaul.s3proxy.S3Proxy;
import org.testcontainers.containers.MinIOContainer;

/**
 * A real S3-compatible server for the storage tests: S3Proxy on a temporary folder by default, a
 * MinIO container with -Dtest.containers=true (needs a Docker engine).
 */
final class TestObjectStore {

    private static final String ACCESS_KEY = "test-access";
    private static final String SECRET_KEY = "test-secret-key-0123456789";

    private final String endpoint;
    private final String accessKey;
    private final String secretKey;
    private final AutoCloseable server;

    private TestObjectStore(
            String endpoint, String accessKey, String secretKey, AutoCloseable server) {
        this.endpoint = endpoint;
        this.accessKey = accessKey;
        this.secretKey = secretKey;
        this.server = server;
    }

    static TestObjectStore start() throws Exception {
        return Boolean.getBoolean("test.containers") ? startContainer() : startEmbedded();
    }

    private static TestObjectStore startEmbedded() throws Exception {
        Path folder = Files.createTempDirectory("marquee-objects");
        Properties properties = new Properties();
        properties.setProperty("jclouds.filesystem.basedir", folder.toString());
        properties.setProperty("s3proxy.endpoint", "http://127.0.0.1:0");
        properties.setProperty("s3proxy.authorization", "aws-v2-or-v4");
        properties.setProperty("s3proxy.identity", ACCESS_KEY);
        properties.setProperty("s3proxy.credential", SECRET_KEY);
        S3Proxy proxy =
                S3Proxy.Builder.fromProperties(properties)
                        .blobStore(BlobStores.create("filesystem", properties))
                        .stopTimeout(1_000)
                        .build();
        proxy.start();
        while (!"STARTED".equals(proxy.getState())) {
            Thread.sleep(10);
        }
        return new TestObjectStore(
                "http://127.0.0.1:" + proxy.getPort(),
                ACCESS_KEY,
                SECRET_KEY,
                () -> {
                    try {
                        proxy.stop();
                    } catch (TimeoutException idleConnectionsClosedForcibly) {
                        // the graceful period ended with idle keep-alive connections open; they are
                        // closed now
                    }
                });
    }

    @SuppressWarnings("resource")
    private static TestObjectStore startContainer() {
        MinIOContainer minio = new MinIOContainer("minio/minio:latest");
        minio.start();
        return new TestObjectStore(
                minio.getS3URL(), minio.getUserName(), minio.getPassword(), minio::stop);
    }

    MinioSettings settings(String bucket) {
        return new MinioSettings(endpoint, accessKey, secretKey, bucket, "us-east-1");
    }

    void stop() throws Exception {
        server.close();
    }
}

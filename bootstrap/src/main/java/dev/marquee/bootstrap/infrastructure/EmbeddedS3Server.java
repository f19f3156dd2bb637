package dev.marquee.bootstrap.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeoutException;
import org.gaul.s3proxy.BlobStores;
import org.gaul.s3proxy.S3Proxy;

/**
 * A real S3-compatible server (S3Proxy) on loopback, its objects kept as files in a directory
 * across runs.
 */
public final class EmbeddedS3Server implements AutoCloseable {

    /**
     * Jetty's default waits 30 s for idle keep-alive connections; by the time this stops, the
     * application has.
     */
    private static final long STOP_TIMEOUT_MILLIS = 2_000;

    private final S3Proxy proxy;
    private final String accessKey;
    private final String secretKey;

    private EmbeddedS3Server(S3Proxy proxy, String accessKey, String secretKey) {
        this.proxy = proxy;
        this.accessKey = accessKey;
        this.secretKey = secretKey;
    }

    /** Starts on the given port, or on a free one when the port is 0. */
    public static EmbeddedS3Server start(Path objectDirectory, int port) {
        String accessKey = "marquee";
        String secretKey = randomSecret();
        try {
            Files.createDirectories(objectDirectory);
            Properties properties = new Properties();
            properties.setProperty(
                    "jclouds.filesystem.basedir", objectDirectory.toAbsolutePath().toString());
            properties.setProperty("s3proxy.endpoint", "http://127.0.0.1:" + port);
            properties.setProperty("s3proxy.authorization", "aws-v2-or-v4");
            properties.setProperty("s3proxy.identity", accessKey);
            properties.setProperty("s3proxy.credential", secretKey);
            S3Proxy proxy =
                    S3Proxy.Builder.fromProperties(properties)
                            .blobStore(BlobStores.create("filesystem", properties))
                            .stopTimeout(STOP_TIMEOUT_MILLIS)
                            .build();
            proxy.start();
            while (!"STARTED".equals(proxy.getState())) {
                Thread.sleep(10);
            }
            return new EmbeddedS3Server(proxy, accessKey, secretKey);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Could not start the embedded S3 server in " + objectDirectory, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while starting the embedded S3 server", e);
        } catch (Exception e) {
            throw new IllegalStateException(
                    "Could not start the embedded S3 server in " + objectDirectory, e);
        }
    }

    public int port() {
        return proxy.getPort();
    }

    public Map<String, Object> connectionProperties() {
        return Map.of(
                "minio.endpoint", "http://127.0.0.1:" + port(),
                "minio.access-key", accessKey,
                "minio.secret-key", secretKey);
    }

    @Override
    public void close() throws Exception {
        try {
            proxy.stop();
        } catch (TimeoutException idleConnectionsClosedForcibly) {
            // Expected: the graceful period ended with idle keep-alive connections still open; they
            // are closed now.
        }
    }

    private static String randomSecret() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}

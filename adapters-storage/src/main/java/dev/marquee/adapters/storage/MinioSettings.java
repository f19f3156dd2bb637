package dev.marquee.adapters.storage;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * Where the object store is: {@code MINIO_ENDPOINT}, {@code MINIO_ACCESS_KEY}, {@code
 * MINIO_SECRET_KEY}, {@code MINIO_BUCKET}.
 */
@ConfigurationProperties("minio")
public record MinioSettings(
        String endpoint,
        String accessKey,
        String secretKey,
        @Bindable(defaultValue = "marquee") String bucket,
        @Bindable(defaultValue = "us-east-1") String region) {}

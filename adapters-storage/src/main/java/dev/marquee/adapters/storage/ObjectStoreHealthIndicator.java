package dev.marquee.adapters.storage;

import io.micronaut.context.annotation.Requires;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import jakarta.inject.Singleton;
import java.util.Map;

/** Reports the object store UP when its bucket can be reached. */
@Singleton
@Requires(property = "minio.endpoint")
public class ObjectStoreHealthIndicator extends AbstractHealthIndicator<Map<String, Object>> {

    private final MinioFileStorage storage;

    public ObjectStoreHealthIndicator(MinioFileStorage storage) {
        this.storage = storage;
    }

    @Override
    protected Map<String, Object> getHealthInformation() {
        healthStatus = storage.bucketReachable() ? HealthStatus.UP : HealthStatus.DOWN;
        return Map.of("bucket", storage.bucket());
    }

    @Override
    protected String getName() {
        return "objectStore";
    }
}

package dev.marquee.adapters.web.problem;

import dev.marquee.domain.shared.StorageUnavailableException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The object store is down: 503, so that clients retry; nothing was half-written. */
@Singleton
@Produces(Problems.MEDIA_TYPE)
public class StorageUnavailableHandler
        implements ExceptionHandler<StorageUnavailableException, HttpResponse<Problem>> {

    private static final Logger LOG = LoggerFactory.getLogger(StorageUnavailableHandler.class);

    @Override
    public HttpResponse<Problem> handle(
            HttpRequest request, StorageUnavailableException exception) {
        LOG.warn("{} {}: {}", request.getMethodName(), request.getPath(), exception.getMessage());
        return Problems.response(
                HttpStatus.SERVICE_UNAVAILABLE,
                "storage-unavailable",
                "The file store is unavailable; retry later");
    }
}

package dev.marquee.adapters.web.file;

import dev.marquee.adapters.web.problem.Problem;
import dev.marquee.adapters.web.problem.Problems;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/**
 * An upload that did not arrive in time: 408, and the connection is closed since its body was not
 * read.
 */
@Singleton
@Produces(Problems.MEDIA_TYPE)
public class UploadTimeoutHandler
        implements ExceptionHandler<UploadTimeoutException, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(
            @SuppressWarnings("rawtypes") HttpRequest request, UploadTimeoutException exception) {
        return Problems.response(
                        HttpStatus.REQUEST_TIMEOUT, "request-timeout", exception.getMessage())
                .header(HttpHeaders.CONNECTION, "close");
    }
}

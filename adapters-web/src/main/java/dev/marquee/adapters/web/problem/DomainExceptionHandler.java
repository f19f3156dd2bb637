package dev.marquee.adapters.web.problem;

import dev.marquee.domain.shared.AuthenticationFailedException;
import dev.marquee.domain.shared.ConflictException;
import dev.marquee.domain.shared.DomainException;
import dev.marquee.domain.shared.FileTooLargeException;
import dev.marquee.domain.shared.InvalidInputException;
import dev.marquee.domain.shared.NotFoundException;
import dev.marquee.domain.shared.UnsupportedImageException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.util.List;

/** Maps the domain's errors to problem+json with the HTTP status each kind stands for. */
@Singleton
@Produces(Problems.MEDIA_TYPE)
public class DomainExceptionHandler
        implements ExceptionHandler<DomainException, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, DomainException exception) {
        List<Problem.FieldError> errors =
                exception instanceof InvalidInputException invalid
                        ? invalid.violations().stream()
                                .map(v -> new Problem.FieldError(v.field(), v.message()))
                                .toList()
                        : List.of();
        return Problems.response(
                statusOf(exception), exception.code(), exception.getMessage(), errors);
    }

    static HttpStatus statusOf(DomainException exception) {
        if (exception instanceof NotFoundException) {
            return HttpStatus.NOT_FOUND;
        } else if (exception instanceof ConflictException) {
            return HttpStatus.CONFLICT;
        } else if (exception instanceof InvalidInputException) {
            return HttpStatus.BAD_REQUEST;
        } else if (exception instanceof AuthenticationFailedException) {
            return HttpStatus.UNAUTHORIZED;
        } else if (exception instanceof UnsupportedImageException) {
            return HttpStatus.UNSUPPORTED_MEDIA_TYPE;
        } else if (exception instanceof FileTooLargeException) {
            return HttpStatus.REQUEST_ENTITY_TOO_LARGE;
        }
        throw new IllegalStateException("unmapped domain exception " + exception.code());
    }
}

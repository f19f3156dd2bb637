package dev.marquee.adapters.web.problem;

import dev.marquee.adapters.web.json.UnstorableTextException;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.bind.exceptions.UnsatisfiedArgumentException;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/**
 * Renders every error the framework raises (unknown route, wrong method, unreadable body, missing
 * argument, failed authorization, unexpected failure) as problem+json; a failure that says the
 * database did not answer in time becomes a 503 with Retry-After. Its texts are written here, never
 * taken from exception messages, so no class name, SQL or stack trace reaches a client.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
public class ProblemErrorResponseProcessor implements ErrorResponseProcessor<Problem> {

    private static final String RETRY_AFTER_SECONDS = "5";

    private final List<UnavailableServer> unavailableServers;

    public ProblemErrorResponseProcessor(List<UnavailableServer> unavailableServers) {
        this.unavailableServers = List.copyOf(unavailableServers);
    }

    private boolean isUnavailability(Throwable failure) {
        return unavailableServers.stream().anyMatch(server -> server.explains(failure));
    }

    @Override
    public MutableHttpResponse<Problem> processResponse(
            ErrorContext context, MutableHttpResponse<?> response) {
        HttpStatus status = response.status();
        Optional<Throwable> cause = context.getRootCause();
        if (status == HttpStatus.INTERNAL_SERVER_ERROR
                && MultipartBoundaries.lacksValidBoundary(context.getRequest())) {
            return response.status(HttpStatus.BAD_REQUEST)
                    .header(HttpHeaders.CONNECTION, "close")
                    .contentType(Problems.MEDIA_TYPE)
                    .body(
                            Problems.problem(
                                    HttpStatus.BAD_REQUEST,
                                    "malformed-request",
                                    "A multipart body needs a boundary of 1 to 70 permitted characters",
                                    List.of()));
        }
        if (status == HttpStatus.INTERNAL_SERVER_ERROR
                && cause.filter(this::isUnavailability).isPresent()) {
            return response.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                    .contentType(Problems.MEDIA_TYPE)
                    .body(
                            Problems.problem(
                                    HttpStatus.SERVICE_UNAVAILABLE,
                                    "service-unavailable",
                                    "The database did not answer in time; retry in "
                                            + RETRY_AFTER_SECONDS
                                            + " s",
                                    List.of()));
        }
        Problem problem =
                status == HttpStatus.BAD_REQUEST && cause.isPresent()
                        ? badRequest(cause.get())
                        : Problems.problem(status, codeOf(status), detailOf(status), List.of());
        if (status == HttpStatus.REQUEST_ENTITY_TOO_LARGE || status == HttpStatus.REQUEST_TIMEOUT) {
            response.header(HttpHeaders.CONNECTION, "close");
        }
        return response.contentType(Problems.MEDIA_TYPE).body(problem);
    }

    private static Problem badRequest(Throwable cause) {
        Optional<UnstorableTextException> unstorable = UnstorableTextException.in(cause);
        if (unstorable.isPresent()) {
            String field = unstorable.get().field();
            return Problems.problem(
                    HttpStatus.BAD_REQUEST,
                    "invalid-input",
                    field + " " + unstorable.get().getMessage(),
                    List.of(new Problem.FieldError(field, unstorable.get().getMessage())));
        }
        if (cause instanceof ConversionErrorException conversion) {
            return invalidArgument(
                    conversion.getArgument(),
                    "The request body is not valid for this operation",
                    "has an invalid value");
        }
        if (cause instanceof UnsatisfiedArgumentException unsatisfied) {
            return invalidArgument(
                    unsatisfied.getArgument(), "A JSON request body is required", "is required");
        }
        return Problems.problem(
                HttpStatus.BAD_REQUEST,
                "malformed-request",
                isJsonFailure(cause)
                        ? "The request body is not valid JSON of the expected shape"
                        : "The request is malformed",
                List.of());
    }

    private static Problem invalidArgument(
            Argument<?> argument, String bodyDetail, String fieldMessage) {
        if (argument.getAnnotationMetadata().hasAnnotation(Body.class)) {
            return Problems.problem(
                    HttpStatus.BAD_REQUEST, "malformed-request", bodyDetail, List.of());
        }
        String field = argument.getName();
        return Problems.problem(
                HttpStatus.BAD_REQUEST,
                "invalid-input",
                field + " " + fieldMessage,
                List.of(new Problem.FieldError(field, fieldMessage)));
    }

    private static boolean isJsonFailure(Throwable cause) {
        for (Throwable current = cause; current != null; current = current.getCause()) {
            String name = current.getClass().getName();
            if (name.startsWith("io.micronaut.serde")
                    || name.startsWith("io.micronaut.json")
                    || name.startsWith("com.fasterxml.jackson")
                    || name.startsWith("io.micronaut.http.codec")) {
                return true;
            }
        }
        return false;
    }

    private static String codeOf(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "malformed-request";
            case UNAUTHORIZED -> "unauthenticated";
            case FORBIDDEN -> "forbidden";
            case NOT_FOUND -> "not-found";
            case METHOD_NOT_ALLOWED -> "method-not-allowed";
            case NOT_ACCEPTABLE -> "not-acceptable";
            case REQUEST_ENTITY_TOO_LARGE -> "payload-too-large";
            case UNSUPPORTED_MEDIA_TYPE -> "unsupported-media-type";
            case TOO_MANY_REQUESTS -> "rate-limited";
            case SERVICE_UNAVAILABLE -> "service-unavailable";
            default -> status.getCode() >= 500 ? "internal-error" : "request-failed";
        };
    }

    private static String detailOf(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "The request is malformed";
            case UNAUTHORIZED -> "A valid bearer access token is required";
            case FORBIDDEN -> "You are not allowed to do this";
            case NOT_FOUND -> "There is nothing at this address";
            case METHOD_NOT_ALLOWED -> "This method is not allowed at this address";
            case NOT_ACCEPTABLE -> "This resource is available as application/json only";
            case REQUEST_ENTITY_TOO_LARGE -> "The request body is too large";
            case UNSUPPORTED_MEDIA_TYPE ->
                    "This content type is not supported here; send application/json";
            case TOO_MANY_REQUESTS -> "Too many requests; retry later";
            case SERVICE_UNAVAILABLE -> "A service this request needs is unavailable; retry later";
            default ->
                    status.getCode() >= 500
                            ? "An unexpected error occurred; it has been logged"
                            : status.getReason();
        };
    }
}

package dev.marquee.adapters.web.problem;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import java.util.List;

/** Builds problem+json responses; every error the API sends goes through here. */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://marquee.dev/problems/";

    private Problems() {}

    public static Problem problem(
            HttpStatus status, String code, String detail, List<Problem.FieldError> errors) {
        return new Problem(
                TYPE_BASE + code,
                status.getReason(),
                status.getCode(),
                detail,
                errors.isEmpty() ? null : errors);
    }

    public static MutableHttpResponse<Problem> response(
            HttpStatus status, String code, String detail) {
        return response(status, code, detail, List.of());
    }

    public static MutableHttpResponse<Problem> response(
            HttpStatus status, String code, String detail, List<Problem.FieldError> errors) {
        return HttpResponse.<Problem>status(status)
                .body(problem(status, code, detail, errors))
                .contentType(MEDIA_TYPE);
    }
}

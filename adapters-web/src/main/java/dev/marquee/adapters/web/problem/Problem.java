package dev.marquee.adapters.web.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** An RFC 9457 problem-details body; {@code errors} lists the offending fields of invalid input. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        String type, String title, int status, String detail, @Nullable List<FieldError> errors) {

    /** One field of the request and what is wrong with it. */
    @Serdeable
    public record FieldError(String field, String message) {}
}

package dev.marquee.adapters.web.openapi;

import dev.marquee.adapters.web.problem.Problems;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documents the 204 of an operation that answers with no body, and lets a client that accepts only
 * problems call it: its one documented content is problem+json, so that is what generated clients
 * put in {@code Accept}, and without it the route would answer 406.
 */
@Documented
@Produces({MediaType.APPLICATION_JSON, Problems.MEDIA_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ApiResponse(
        responseCode = "204",
        description = "Done; no body",
        headers = {
            @Header(
                    name = "RateLimit-Limit",
                    description =
                            "Requests allowed in the current window (while rate limiting is on)",
                    schema = @Schema(type = "integer", format = "int64", minimum = "0")),
            @Header(
                    name = "RateLimit-Remaining",
                    description = "Requests left in the current window",
                    schema = @Schema(type = "integer", format = "int64", minimum = "0")),
            @Header(
                    name = "RateLimit-Reset",
                    description = "Seconds until the window resets",
                    schema = @Schema(type = "integer", format = "int64", minimum = "0"))
        })
public @interface NoContentResponse {}

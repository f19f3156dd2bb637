package dev.marquee.adapters.web.openapi;

import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documents an operation that needs a bearer access token: its security requirement and its 401.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@SecurityRequirement(name = MarqueeApiDefinition.BEARER)
@ApiResponse(
        responseCode = "401",
        description = "The access token (or the credentials) is missing, invalid or expired",
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
        },
        content =
                @Content(
                        mediaType = "application/problem+json",
                        schema = @Schema(ref = "#/components/schemas/Problem")))
public @interface RequiresToken {}

package dev.marquee.adapters.web.openapi;

import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documents what any operation may answer: a malformed address or body (400), a browser origin that
 * is not allowed (403), an Accept it cannot satisfy (406), a body without Content-Length, too large
 * or of the wrong type (411, 413, 415), the rate limit (429), an unavailable database or object
 * store (503).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ApiResponse(
        responseCode = "400",
        description =
                "Malformed or invalid input (address, query or body); errors names the fields",
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
@ApiResponse(
        responseCode = "403",
        description =
                "The request comes from a browser origin (Origin header) that is not allowed (CORS)",
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
@ApiResponse(
        responseCode = "406",
        description =
                "The Accept header allows none of the media types this operation answers with",
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
@ApiResponse(
        responseCode = "411",
        description = "A request body was sent without a Content-Length",
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
@ApiResponse(
        responseCode = "413",
        description = "The request body is larger than allowed",
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
@ApiResponse(
        responseCode = "415",
        description = "The media type or encoding of the request body is not accepted",
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
@ApiResponse(
        responseCode = "429",
        description = "Rate limited; retry after Retry-After seconds",
        headers = {
            @Header(
                    name = "Retry-After",
                    description = "Seconds to wait before retrying",
                    required = true,
                    schema = @Schema(type = "integer", format = "int64", minimum = "0")),
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
@ApiResponse(
        responseCode = "503",
        description = "A server the API needs is unavailable for now; retry later",
        headers = {
            @Header(
                    name = "Retry-After",
                    description = "Seconds to wait before retrying, when known",
                    schema = @Schema(type = "integer", format = "int64", minimum = "0"))
        },
        content =
                @Content(
                        mediaType = "application/problem+json",
                        schema = @Schema(ref = "#/components/schemas/Problem")))
public @interface CommonErrors {}

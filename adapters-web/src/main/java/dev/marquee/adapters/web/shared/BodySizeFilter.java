package dev.marquee.adapters.web.shared;

import dev.marquee.adapters.web.problem.Problems;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * The server accepts bodies big enough for an image upload; every other body (JSON) is held to a
 * much smaller bound, {@code marquee.http.max-json-body}, and refused with 413 before it is read
 * (the connection is then closed, since the unread body would otherwise be taken for the next
 * request).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class BodySizeFilter {

    private final long maxJsonBody;

    public BodySizeFilter(HttpSettings settings) {
        this.maxJsonBody = settings.maxJsonBody();
    }

    @RequestFilter
    public @Nullable HttpResponse<?> limit(HttpRequest<?> request) {
        boolean multipart =
                request.getContentType()
                        .map(type -> type.matches(MediaType.MULTIPART_FORM_DATA_TYPE))
                        .orElse(false);
        if (!multipart && request.getContentLength() > maxJsonBody) {
            return Problems.response(
                            HttpStatus.REQUEST_ENTITY_TOO_LARGE,
                            "payload-too-large",
                            "A request body other than an upload may be at most "
                                    + maxJsonBody
                                    + " bytes")
                    .header(HttpHeaders.CONNECTION, "close");
        }
        return null;
    }
}

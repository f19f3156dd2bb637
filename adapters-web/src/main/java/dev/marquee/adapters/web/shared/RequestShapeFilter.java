package dev.marquee.adapters.web.shared;

import dev.marquee.adapters.web.problem.Problems;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

/**
 * Refuses, before anything reads them, requests that are broken below the level the API speaks: an
 * address whose percent-escapes are malformed or no UTF-8, or whose query holds a bare {@code ;}
 * (which the query decoder would take for a separator, hiding what follows it from validation)
 * (400), a compressed body (415: bodies are read as sent, so no small compressed body can expand
 * into a large one), and a body other than an upload without a Content-Length (411: its size must
 * be known to hold it to {@code marquee.http.max-json-body}).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class RequestShapeFilter implements Ordered {

    @RequestFilter
    public @Nullable HttpResponse<?> refuseMalformedRequests(HttpRequest<?> request) {
        String query = request.getUri().getRawQuery() == null ? "" : request.getUri().getRawQuery();
        if (!PercentEncoding.isValidUtf8(request.getUri().getRawPath() + "?" + query)) {
            return Problems.response(
                    HttpStatus.BAD_REQUEST,
                    "malformed-request",
                    "The address has malformed percent-escapes or is not UTF-8");
        }
        if (query.indexOf(';') >= 0) {
            return Problems.response(
                    HttpStatus.BAD_REQUEST,
                    "malformed-request",
                    "Separate query parameters with &; a ; inside a value is written %3B");
        }
        String encoding = request.getHeaders().get(HttpHeaders.CONTENT_ENCODING);
        if (encoding != null
                && !encoding.isBlank()
                && !encoding.strip().equalsIgnoreCase("identity")) {
            return Problems.response(
                            HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                            "unsupported-content-encoding",
                            "Request bodies are accepted uncompressed only (no Content-Encoding)")
                    .header(HttpHeaders.CONNECTION, "close");
        }
        boolean chunked =
                request.getHeaders().contains(HttpHeaders.TRANSFER_ENCODING)
                        && request.getContentLength() < 0;
        boolean upload =
                request.getContentType()
                        .map(type -> type.matches(MediaType.MULTIPART_FORM_DATA_TYPE))
                        .orElse(false);
        if (chunked && !upload) {
            return Problems.response(
                            HttpStatus.LENGTH_REQUIRED,
                            "length-required",
                            "A request body needs a Content-Length")
                    .header(HttpHeaders.CONNECTION, "close");
        }
        return null;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }
}

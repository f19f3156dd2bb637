package dev.marquee.adapters.web.security;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Headers every response carries: {@code X-Content-Type-Options: nosniff}; {@code Cache-Control:
 * private, no-store} on anything personal (a request with credentials, accounts, sessions,
 * administration), and {@code no-cache} (revalidate with the ETag) on public reads.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class ResponseHygieneFilter {

    @ResponseFilter
    public void headers(HttpRequest<?> request, MutableHttpResponse<?> response) {
        response.header("X-Content-Type-Options", "nosniff");
        if (response.getHeaders().contains(HttpHeaders.CACHE_CONTROL)) {
            return;
        }
        String path = request.getPath();
        boolean personal =
                request.getHeaders().contains(HttpHeaders.AUTHORIZATION)
                        || path.startsWith("/api/v1/users/")
                        || path.startsWith("/api/v1/auth/")
                        || path.startsWith("/api/v1/admin/");
        response.header(HttpHeaders.CACHE_CONTROL, personal ? "private, no-store" : "no-cache");
    }
}

package dev.marquee.adapters.web.paging;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.uri.UriBuilder;
import java.util.ArrayList;
import java.util.List;

/**
 * Sends a page with its RFC 8288 {@code Link} header (first, prev, next, last where they exist; no
 * last when the total is an estimate).
 */
public final class PagedResponses {

    private PagedResponses() {}

    public static <T> MutableHttpResponse<PageResponse<T>> ok(
            HttpRequest<?> request, PageResponse<T> page) {
        MutableHttpResponse<PageResponse<T>> response = HttpResponse.ok(page);
        String links = linkHeader(request, page);
        if (!links.isEmpty()) {
            response.header(HttpHeaders.LINK, links);
        }
        return response;
    }

    static String linkHeader(HttpRequest<?> request, PageResponse<?> page) {
        List<String> links = new ArrayList<>();
        links.add(link(request, 1, "first"));
        if (!page.totalItemsExact()) {
            // an estimated total names no last page: next exists while pages come back full
            if (page.page() > 1) {
                links.add(link(request, page.page() - 1, "prev"));
            }
            if (page.items().size() == page.size() && page.page() < Integer.MAX_VALUE) {
                links.add(link(request, page.page() + 1, "next"));
            }
            return String.join(", ", links);
        }
        int last = Math.max(page.totalPages(), 1);
        if (page.page() > 1) {
            links.add(link(request, Math.min(page.page() - 1, last), "prev"));
        }
        if (page.page() < last) {
            links.add(link(request, page.page() + 1, "next"));
        }
        links.add(link(request, last, "last"));
        return String.join(", ", links);
    }

    private static String link(HttpRequest<?> request, int page, String relation) {
        String target =
                UriBuilder.of(request.getUri()).replaceQueryParam("page", page).build().toString();
        return "<" + target + ">; rel=\"" + relation + "\"";
    }
}

package dev.marquee.adapters.web.paging;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Link headers, built from the request's own URI (a comma comes back percent-encoded: the same
 * value).
 */
class PagedResponsesTest {

    private static final HttpRequest<?> REQUEST =
            HttpRequest.GET("/movies?page=2&size=10&sort=title,asc&genre=Crime");
    private static final HttpRequest<?> ESTIMATE_REQUEST =
            HttpRequest.GET("/api/v1/movies?page=3&size=2");

    @Test
    void aMiddlePageLinksToFirstPreviousNextAndLastKeepingTheOtherParameters() {
        String links = PagedResponses.linkHeader(REQUEST, page(2, 10, 35));

        assertThat(links.split(", "))
                .containsExactly(
                        "</movies?page=1&size=10&sort=title%2Casc&genre=Crime>; rel=\"first\"",
                        "</movies?page=1&size=10&sort=title%2Casc&genre=Crime>; rel=\"prev\"",
                        "</movies?page=3&size=10&sort=title%2Casc&genre=Crime>; rel=\"next\"",
                        "</movies?page=4&size=10&sort=title%2Casc&genre=Crime>; rel=\"last\"");
    }

    @Test
    void theFirstPageHasNoPreviousAndTheLastNoNext() {
        assertThat(PagedResponses.linkHeader(HttpRequest.GET("/genres"), page(1, 20, 25)))
                .doesNotContain("rel=\"prev\"")
                .contains("</genres?page=2>; rel=\"next\"", "</genres?page=2>; rel=\"last\"");
        assertThat(PagedResponses.linkHeader(REQUEST, page(4, 10, 35)))
                .doesNotContain("rel=\"next\"")
                .contains("page=3&size=10&sort=title%2Casc&genre=Crime>; rel=\"prev\"");
    }

    @Test
    void anEmptyListHasOnePageAndAPageBeyondTheEndPointsBackToTheLast() {
        assertThat(PagedResponses.linkHeader(HttpRequest.GET("/genres"), page(1, 20, 0)))
                .isEqualTo("</genres?page=1>; rel=\"first\", </genres?page=1>; rel=\"last\"");
        assertThat(PagedResponses.linkHeader(HttpRequest.GET("/genres?page=9"), page(9, 20, 25)))
                .contains("</genres?page=2>; rel=\"prev\"")
                .doesNotContain("rel=\"next\"");
    }

    @Test
    void theResponseCarriesThePageAndItsLinkHeader() {
        var response = PagedResponses.ok(REQUEST, page(2, 10, 35));

        assertThat(response.body().page()).isEqualTo(2);
        assertThat(response.getHeaders().get(HttpHeaders.LINK)).contains("rel=\"next\"");
    }

    @Test
    void anExactTotalLinksToTheLastPage() {
        String links =
                PagedResponses.linkHeader(
                        ESTIMATE_REQUEST, new PageResponse<>(List.of("a", "b"), 3, 2, 9, 5, true));

        assertThat(links)
                .contains("page=1&size=2>; rel=\"first\"", "page=2&size=2>; rel=\"prev\"")
                .contains("page=4&size=2>; rel=\"next\"", "page=5&size=2>; rel=\"last\"");
    }

    @Test
    void anEstimatedTotalNamesNoLastPageAndAFullPageHasANext() {
        String links =
                PagedResponses.linkHeader(
                        ESTIMATE_REQUEST,
                        new PageResponse<>(List.of("a", "b"), 3, 2, 90_000, 45_000, false));

        assertThat(links)
                .contains(
                        "rel=\"first\"",
                        "page=2&size=2>; rel=\"prev\"",
                        "page=4&size=2>; rel=\"next\"")
                .doesNotContain("rel=\"last\"");
    }

    @Test
    void anEstimatedTotalWithAPartPageHasNoNext() {
        String links =
                PagedResponses.linkHeader(
                        ESTIMATE_REQUEST,
                        new PageResponse<>(List.of("a"), 3, 2, 90_000, 45_000, false));

        assertThat(links).doesNotContain("rel=\"next\"", "rel=\"last\"");
    }

    private static PageResponse<String> page(int page, int size, long total) {
        int pages = (int) ((total + size - 1) / size);
        return new PageResponse<>(List.of(), page, size, total, pages, true);
    }
}

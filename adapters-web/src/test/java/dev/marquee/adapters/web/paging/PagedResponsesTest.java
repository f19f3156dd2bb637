package dev.marquee.adapters.web.paging;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

class PagedResponsesTest {

    private final HttpRequest<?> request = HttpRequest.GET("/api/v1/movies?page=3&size=2");

    @Test
    void anExactTotalLinksToTheLastPage() {
        String links =
                PagedResponses.linkHeader(
                        request, new PageResponse<>(List.of("a", "b"), 3, 2, 9, 5, true));

        assertThat(links)
                .contains("page=1&size=2>; rel=\"first\"", "page=2&size=2>; rel=\"prev\"")
                .contains("page=4&size=2>; rel=\"next\"", "page=5&size=2>; rel=\"last\"");
    }

    @Test
    void anEstimatedTotalNamesNoLastPageAndAFullPageHasANext() {
        String links =
                PagedResponses.linkHeader(
                        request,
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
                        request, new PageResponse<>(List.of("a"), 3, 2, 90_000, 45_000, false));

        assertThat(links).doesNotContain("rel=\"next\"", "rel=\"last\"");
    }
}

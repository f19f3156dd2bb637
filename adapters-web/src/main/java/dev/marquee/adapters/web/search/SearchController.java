package dev.marquee.adapters.web.search;

import dev.marquee.adapters.web.openapi.CommonErrors;
import dev.marquee.adapters.web.openapi.PageReadResponses;
import dev.marquee.adapters.web.paging.ListParameters;
import dev.marquee.adapters.web.paging.PageResponse;
import dev.marquee.adapters.web.paging.PagedResponses;
import dev.marquee.domain.port.in.SearchUseCase;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Search over the catalogue's movies, persons and characters; public. */
@Controller("/api/v1/search")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Discovery")
@CommonErrors
public class SearchController {

    private final SearchUseCase search;
    private final SearchWebMapper mapper;

    public SearchController(SearchUseCase search, SearchWebMapper mapper) {
        this.search = search;
        this.mapper = mapper;
    }

    /**
     * Movies, persons and characters matching {@code q}, best first: an exact title first, a year
     * in the query narrows to that year, case, accents, punctuation and a leading article do not
     * matter, a typo or two are forgiven and the last word may be a prefix.
     */
    @Get
    @Operation(operationId = "search")
    @PageReadResponses
    public HttpResponse<PageResponse<SearchHitResponse>> search(
            HttpRequest<?> request,
            @RequestBean SearchParameters query,
            @RequestBean ListParameters parameters) {
        return PagedResponses.ok(
                request, mapper.toPage(search.search(query.toQuery(), parameters.toPageRequest())));
    }
}

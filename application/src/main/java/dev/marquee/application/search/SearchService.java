package dev.marquee.application.search;

import dev.marquee.domain.port.in.SearchUseCase;
import dev.marquee.domain.port.out.CatalogueSearch;
import dev.marquee.domain.search.SearchQuery;
import dev.marquee.domain.shared.Page;
import dev.marquee.domain.shared.PageRequest;
import dev.marquee.domain.view.SearchHit;

/** Searches the catalogue through its search port; the ranking is the port's. */
public final class SearchService implements SearchUseCase {

    private final CatalogueSearch search;

    public SearchService(CatalogueSearch search) {
        this.search = search;
    }

    @Override
    public Page<SearchHit> search(SearchQuery query, PageRequest request) {
        return search.search(query, SORTABLE.check(request));
    }
}

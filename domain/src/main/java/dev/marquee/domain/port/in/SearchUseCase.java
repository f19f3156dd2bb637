package dev.marquee.domain.port.in;

import dev.marquee.domain.search.SearchQuery;
import dev.marquee.domain.shared.Page;
import dev.marquee.domain.shared.PageRequest;
import dev.marquee.domain.shared.Sortable;
import dev.marquee.domain.view.SearchHit;

/** Searches the catalogue: movies, persons and characters, best match first. */
public interface SearchUseCase {

    /** Hits come in one fixed order (best match first), so a search takes no sort. */
    Sortable SORTABLE = Sortable.by();

    Page<SearchHit> search(SearchQuery query, PageRequest request);
}

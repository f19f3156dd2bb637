package dev.marquee.domain.port.out;

import dev.marquee.domain.search.SearchQuery;
import dev.marquee.domain.shared.Page;
import dev.marquee.domain.shared.PageRequest;
import dev.marquee.domain.view.SearchHit;

/**
 * Finds movies, persons and characters for what a person typed, best match first; a search engine
 * could stand behind it as well as the database.
 */
public interface CatalogueSearch {

    Page<SearchHit> search(SearchQuery query, PageRequest request);
}

package dev.marquee.domain.port.in;

import dev.marquee.domain.person.PersonFilter;
import dev.marquee.domain.person.PersonId;
import dev.marquee.domain.shared.Page;
import dev.marquee.domain.shared.PageRequest;
import dev.marquee.domain.shared.Sortable;
import dev.marquee.domain.view.PersonSummary;
import dev.marquee.domain.view.PersonView;

/**
 * Reads the catalogue's persons: filtered and sorted lists, and pages with what they directed and
 * played.
 */
public interface BrowsePersonsUseCase {

    Sortable SORTABLE = Sortable.by("lastName", "dateOfBirth");

    Page<PersonSummary> list(PersonFilter filter, PageRequest request);

    PersonView get(PersonId id);
}

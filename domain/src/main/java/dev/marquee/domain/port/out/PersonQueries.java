package dev.marquee.domain.port.out;

import dev.marquee.domain.person.PersonFilter;
import dev.marquee.domain.person.PersonId;
import dev.marquee.domain.shared.Page;
import dev.marquee.domain.shared.PageRequest;
import dev.marquee.domain.view.PersonSummary;
import dev.marquee.domain.view.PersonView;
import java.util.Optional;

/** Reads person read models straight from storage. */
public interface PersonQueries {

    /**
     * Persons whose name has every word of {@code q} (ignoring case and accents) and who are of the
     * country given by id or ISO code; the order ends on the id, so pages never overlap.
     */
    Page<PersonSummary> findSummaries(PersonFilter filter, PageRequest request);

    /**
     * The person's page: photos in the order they were added, movies directed and parts played
     * newest first.
     */
    Optional<PersonView> findView(PersonId id);
}

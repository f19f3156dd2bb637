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

    Page<PersonSummary> findSummaries(PersonFilter filter, PageRequest request);

    Optional<PersonView> findView(PersonId id);
}

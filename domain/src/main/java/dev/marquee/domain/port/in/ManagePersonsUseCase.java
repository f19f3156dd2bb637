package dev.marquee.domain.port.in;

import dev.marquee.domain.person.PersonDetails;
import dev.marquee.domain.person.PersonId;
import dev.marquee.domain.view.PersonView;

/** Adds, replaces and removes persons; one who directs or plays in a movie cannot be removed. */
public interface ManagePersonsUseCase {

    PersonView create(PersonDetails details);

    PersonView replace(PersonId id, PersonDetails details);

    void delete(PersonId id);
}

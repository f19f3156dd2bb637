package dev.marquee.application.person;

import dev.marquee.application.file.ObjectJanitor;
import dev.marquee.domain.person.Person;
import dev.marquee.domain.person.PersonDetails;
import dev.marquee.domain.person.PersonFilter;
import dev.marquee.domain.person.PersonId;
import dev.marquee.domain.port.in.BrowsePersonsUseCase;
import dev.marquee.domain.port.in.ManagePersonsUseCase;
import dev.marquee.domain.port.out.FileRepository;
import dev.marquee.domain.port.out.PersonQueries;
import dev.marquee.domain.port.out.PersonRepository;
import dev.marquee.domain.port.out.Transactions;
import dev.marquee.domain.shared.NotFoundException;
import dev.marquee.domain.shared.Page;
import dev.marquee.domain.shared.PageRequest;
import dev.marquee.domain.shared.SortOrder;
import dev.marquee.domain.view.PersonSummary;
import dev.marquee.domain.view.PersonView;
import dev.marquee.domain.view.StoredFile;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Person edits and reads; a person still credited on a movie is protected by the repository. */
public final class PersonService implements ManagePersonsUseCase, BrowsePersonsUseCase {

    private final PersonRepository persons;
    private final PersonQueries queries;
    private final FileRepository files;
    private final ObjectJanitor janitor;
    private final Transactions transactions;
    private final Clock clock;

    public PersonService(
            PersonRepository persons,
            PersonQueries queries,
            FileRepository files,
            ObjectJanitor janitor,
            Transactions transactions,
            Clock clock) {
        this.persons = persons;
        this.queries = queries;
        this.files = files;
        this.janitor = janitor;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public PersonView create(PersonDetails details) {
        details.requireBornBy(LocalDate.now(clock));
        return transactions.inTransaction(() -> view(persons.add(details).id()));
    }

    @Override
    public PersonView replace(PersonId id, PersonDetails details) {
        details.requireBornBy(LocalDate.now(clock));
        return transactions.inTransaction(
                () -> {
                    Person person = persons.findById(id).orElseThrow(() -> notFound(id));
                    person.replace(details, clock.instant());
                    persons.save(person);
                    return view(id);
                });
    }

    @Override
    public void delete(PersonId id) {
        janitor.discard(
                transactions.inTransaction(
                        () -> {
                            List<StoredFile> released = files.releaseFilesOf(id);
                            if (!persons.delete(id)) {
                                throw notFound(id);
                            }
                            return released;
                        }));
    }

    @Override
    public Page<PersonSummary> list(PersonFilter filter, PageRequest request) {
        return queries.findSummaries(
                filter, SORTABLE.check(request).orDefaultSort(SortOrder.ascending("lastName")));
    }

    @Override
    public PersonView get(PersonId id) {
        return view(id);
    }

    private PersonView view(PersonId id) {
        return queries.findView(id).orElseThrow(() -> notFound(id));
    }

    private static NotFoundException notFound(PersonId id) {
        return new NotFoundException("person", id.value());
    }
}

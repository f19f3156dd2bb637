package dev.marquee.domain.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.domain.cast.CastCreditDetails;
import dev.marquee.domain.cast.CastRole;
import dev.marquee.domain.character.CharacterDetails;
import dev.marquee.domain.country.CountryCode;
import dev.marquee.domain.country.CountryDetails;
import dev.marquee.domain.country.CountryId;
import dev.marquee.domain.country.CountryName;
import dev.marquee.domain.file.FileId;
import dev.marquee.domain.file.ImageType;
import dev.marquee.domain.file.NewFile;
import dev.marquee.domain.file.ObjectKey;
import dev.marquee.domain.movie.MovieDetails;
import dev.marquee.domain.movie.MovieId;
import dev.marquee.domain.person.Gender;
import dev.marquee.domain.person.PersonDetails;
import dev.marquee.domain.person.PersonFilter;
import dev.marquee.domain.person.PersonId;
import dev.marquee.domain.port.in.BrowsePersonsUseCase;
import dev.marquee.domain.shared.PageRequest;
import dev.marquee.domain.shared.SortOrder;
import dev.marquee.domain.view.FileView;
import dev.marquee.domain.view.PersonSummary;
import dev.marquee.domain.view.PersonView;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What every PersonQueries must do, run against PostgreSQL: word filters ignoring case and accents,
 * country by id or code, sorts ending on the id, and the person's page with photos, films directed
 * and parts played. The catalogue is written through the repository ports.
 */
public abstract class PersonQueriesContract extends ContractSupport {

    protected abstract PersonQueries queries();

    protected abstract PersonRepository persons();

    protected abstract MovieRepository movies();

    protected abstract CharacterRepository characters();

    protected abstract CastRepository cast();

    protected abstract CountryRepository countries();

    protected abstract FileRepository files();

    /** An ISO code that no stored country has yet. */
    protected abstract String freeCountryCode();

    /** A word only this test's persons carry, so filters can be checked against a known set. */
    private final String marker = "zp" + uniqueWord();

    @Test
    void filtersByEveryWordIgnoringCaseAndAccentsAndByCountryIdOrCode() {
        CountryId country = country();
        String code = countries().findById(country).orElseThrow().code().value();
        PersonId zoe = person("Zoë", marker, null, country);
        PersonId zack = person("Zack", marker, null, null);

        assertThat(ids(new PersonFilter("ZOE " + marker, null))).containsExactly(zoe.value());
        assertThat(ids(new PersonFilter(marker, null)))
                .containsExactlyInAnyOrder(zoe.value(), zack.value());
        assertThat(ids(new PersonFilter(marker, String.valueOf(country.value()))))
                .containsExactly(zoe.value());
        assertThat(ids(new PersonFilter(marker, code.toLowerCase(Locale.ROOT))))
                .containsExactly(zoe.value());
        assertThat(ids(new PersonFilter("% " + marker, null))).isEmpty();
    }

    @Test
    void sortsByEveryPublishedFieldEndingOnTheId() {
        PersonId older = person("Ann", marker, LocalDate.of(1950, 1, 1), null);
        PersonId twinA = person("Bea", marker, LocalDate.of(1970, 1, 1), null);
        PersonId twinB = person("Cat", marker, LocalDate.of(1970, 1, 1), null);
        PersonFilter ours = new PersonFilter(marker, null);

        var byBirth =
                queries()
                        .findSummaries(
                                ours,
                                new PageRequest(
                                        1, 10, List.of(SortOrder.descending("dateOfBirth"))));

        assertThat(byBirth.items())
                .extracting(PersonSummary::id)
                .containsExactly(twinA.value(), twinB.value(), older.value());
        for (String field : BrowsePersonsUseCase.SORTABLE.fields()) {
            assertThat(
                            queries()
                                    .findSummaries(
                                            ours,
                                            new PageRequest(
                                                    1, 10, List.of(SortOrder.ascending(field))))
                                    .totalItems())
                    .as(field)
                    .isEqualTo(3);
        }
    }

    @Test
    void theViewShowsPhotosDirectedMoviesAndPartsNewestFirst() {
        CountryId country = country();
        PersonId person = person("Clint", marker, LocalDate.of(1930, 5, 31), country);
        MovieId older = movie("Bird", LocalDate.of(1988, 9, 30), person);
        MovieId newer = movie("Unforgiven", LocalDate.of(1992, 8, 7), person);
        MovieId western = movie("Rawhide", LocalDate.of(1959, 1, 9), null);
        cast().add(
                        new CastCreditDetails(
                                western,
                                characters().add(new CharacterDetails("Rowdy", null)).id(),
                                person,
                                CastRole.LEADING,
                                null));
        FileView first = photo();
        FileView second = photo();
        files().addPersonPhoto(person, new FileId(first.id()));
        files().addPersonPhoto(person, new FileId(second.id()));

        PersonView view = queries().findView(person).orElseThrow();

        assertThat(view.firstName()).isEqualTo("Clint");
        assertThat(view.country().id()).isEqualTo(country.value());
        assertThat(view.photos()).containsExactly(first, second);
        assertThat(view.mainPhoto()).isEqualTo(first);
        assertThat(view.directed())
                .extracting(movie -> movie.id())
                .containsExactly(newer.value(), older.value());
        assertThat(view.roles())
                .singleElement()
                .satisfies(
                        part -> {
                            assertThat(part.movie().id()).isEqualTo(western.value());
                            assertThat(part.character().name()).isEqualTo("Rowdy");
                            assertThat(part.role()).isEqualTo(CastRole.LEADING);
                        });
        assertThat(queries().findView(new PersonId(UNKNOWN_ID))).isEmpty();
    }

    private List<Long> ids(PersonFilter filter) {
        return queries().findSummaries(filter, PageRequest.first(100)).items().stream()
                .map(PersonSummary::id)
                .toList();
    }

    private CountryId country() {
        return countries()
                .add(
                        new CountryDetails(
                                new CountryCode(freeCountryCode()),
                                new CountryName("Land " + unique())))
                .id();
    }

    private PersonId person(String first, String last, LocalDate born, CountryId country) {
        return persons()
                .add(new PersonDetails(first, last, null, born, Gender.UNKNOWN, country))
                .id();
    }

    private MovieId movie(String title, LocalDate released, PersonId director) {
        return movies().add(
                        new MovieDetails(
                                title, null, null, null, null, released, null, null, director,
                                Set.of(), null, null, null, null))
                .id();
    }

    private FileView photo() {
        return files().add(new NewFile(ObjectKey.newIn("photos"), "p.jpg", ImageType.JPEG, 3));
    }
}

package dev.marquee.adapters.persistence.movie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marquee.adapters.persistence.PersistenceTest;
import dev.marquee.adapters.persistence.StatementCounter;
import dev.marquee.domain.cast.CastCreditDetails;
import dev.marquee.domain.cast.CastRole;
import dev.marquee.domain.character.CharacterDetails;
import dev.marquee.domain.country.CountryCode;
import dev.marquee.domain.country.CountryDetails;
import dev.marquee.domain.country.CountryId;
import dev.marquee.domain.country.CountryName;
import dev.marquee.domain.genre.GenreId;
import dev.marquee.domain.genre.GenreName;
import dev.marquee.domain.movie.MovieDetails;
import dev.marquee.domain.movie.MovieFilter;
import dev.marquee.domain.movie.MovieId;
import dev.marquee.domain.person.Gender;
import dev.marquee.domain.person.PersonDetails;
import dev.marquee.domain.person.PersonId;
import dev.marquee.domain.port.out.CastRepository;
import dev.marquee.domain.port.out.CharacterRepository;
import dev.marquee.domain.port.out.CountryRepository;
import dev.marquee.domain.port.out.GenreRepository;
import dev.marquee.domain.port.out.MovieQueries;
import dev.marquee.domain.port.out.MovieRepository;
import dev.marquee.domain.port.out.PersonRepository;
import dev.marquee.domain.shared.InvalidInputException;
import dev.marquee.domain.shared.PageRequest;
import dev.marquee.domain.shared.SortOrder;
import dev.marquee.domain.view.MovieSummary;
import dev.marquee.domain.view.MovieView;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false, startApplication = false)
class MovieQueryAdapterTest extends PersistenceTest {

    @Inject MovieRepository movies;
    @Inject MovieQueries queries;
    @Inject PersonRepository persons;
    @Inject CharacterRepository characters;
    @Inject CastRepository cast;
    @Inject GenreRepository genres;
    @Inject CountryRepository countries;

    /**
     * A word only this class's movies carry in their titles, so filters can be checked against a
     * known set.
     */
    private final String marker = "zq" + unique().replaceAll("[0-9]", "");

    private GenreId crime;
    private GenreId drama;
    private CountryId country;
    private PersonId director;
    private PersonId actor;
    private MovieId heat;
    private MovieId thief;
    private MovieId collateral;

    @BeforeAll
    void catalogue() {
        crime = genres.add(new GenreName("Crime " + marker)).id();
        drama = genres.add(new GenreName("Drama " + marker)).id();
        country =
                countries
                        .add(
                                new CountryDetails(
                                        new CountryCode(freeCountryCode()),
                                        new CountryName("Land " + marker)))
                        .id();
        director = person("Michael", "Mann");
        actor = person("Robert", "De Niro");
        heat =
                movie(
                        "Heat " + marker,
                        LocalDate.of(1995, 12, 15),
                        Set.of(crime, drama),
                        country,
                        director,
                        50.0);
        thief =
                movie(
                        "Thief " + marker,
                        LocalDate.of(1981, 3, 27),
                        Set.of(crime),
                        null,
                        director,
                        20.0);
        collateral =
                movie(
                        "Collatéral " + marker,
                        LocalDate.of(2004, 8, 6),
                        Set.of(drama),
                        country,
                        null,
                        35.0);
        credit(heat, actor, "Neil McCauley", CastRole.LEADING);
        credit(collateral, actor, "Extra", CastRole.BACKGROUND);
    }

    @Test
    void detailPageTakesTwoQueriesWhateverTheCastSize() throws Exception {
        MovieId movie = movie("Ensemble " + unique(), null, Set.of(crime), country, director, 1.0);
        credit(movie, actor, "First", CastRole.LEADING);
        StatementCounter counter = new StatementCounter(this);

        long withOneCredit = counter.count(() -> queries.findView(movie).orElseThrow());
        for (int i = 0; i < 30; i++) {
            credit(movie, person("Extra" + i, "Person"), "Passer-by " + i, CastRole.BACKGROUND);
        }
        MovieView[] view = new MovieView[1];
        long withThirtyOneCredits =
                counter.count(() -> view[0] = queries.findView(movie).orElseThrow());

        assertThat(view[0].cast()).hasSize(31);
        assertThat(withOneCredit).isEqualTo(2);
        assertThat(withThirtyOneCredits).isEqualTo(withOneCredit);
    }

    @Test
    void detailResolvesCountryDirectorGenresAndLeadingCastFirst() {
        credit(heat, person("Val", "Kilmer"), "Chris Shiherlis", CastRole.SUPPORTING);
        credit(heat, person("Al", "Pacino"), "Vincent Hanna", CastRole.LEADING);

        MovieView view = queries.findView(heat).orElseThrow();

        assertThat(view.country().name()).isEqualTo("Land " + marker);
        assertThat(view.director().name()).isEqualTo("Michael Mann");
        assertThat(view.genres())
                .extracting(g -> g.name())
                .containsExactly("Crime " + marker, "Drama " + marker);
        assertThat(view.cast())
                .extracting(c -> c.role())
                .startsWith(CastRole.LEADING, CastRole.LEADING)
                .endsWith(CastRole.SUPPORTING);
        assertThat(view.ratings().histogram()).hasSize(10).containsEntry("4.5", 0);
    }

    @Test
    void filtersByEveryGenreGivenByIdOrName() {
        assertThat(
                        titles(
                                filter(
                                        List.of(String.valueOf(crime.value())),
                                        null,
                                        null,
                                        null,
                                        null,
                                        null)))
                .containsExactlyInAnyOrder("Heat", "Thief");
        assertThat(
                        titles(
                                filter(
                                        List.of("crime " + marker, String.valueOf(drama.value())),
                                        null,
                                        null,
                                        null,
                                        null,
                                        null)))
                .containsExactly("Heat");
        assertThat(titles(filter(List.of("No Such Genre"), null, null, null, null, null)))
                .isEmpty();
    }

    @Test
    void filtersByCountryIdOrCode() {
        String code = countries.findById(country).orElseThrow().code().value();

        assertThat(
                        titles(
                                filter(
                                        List.of(),
                                        String.valueOf(country.value()),
                                        null,
                                        null,
                                        null,
                                        null)))
                .containsExactlyInAnyOrder("Heat", "Collatéral");
        assertThat(titles(filter(List.of(), code.toLowerCase(Locale.ROOT), null, null, null, null)))
                .containsExactlyInAnyOrder("Heat", "Collatéral");
    }

    @Test
    void filtersByInclusiveYears() {
        assertThat(titles(filter(List.of(), null, 1995, 2004, null, null)))
                .containsExactlyInAnyOrder("Heat", "Collatéral");
        assertThat(titles(filter(List.of(), null, null, 1995, null, null)))
                .containsExactlyInAnyOrder("Heat", "Thief");
        assertThat(titles(filter(List.of(), null, 2004, null, null, null)))
                .containsExactly("Collatéral");
    }

    @Test
    void filtersByDirectorAndByActor() {
        assertThat(titles(filter(List.of(), null, null, null, director, null)))
                .contains("Heat", "Thief")
                .doesNotContain("Collatéral");
        assertThat(titles(filter(List.of(), null, null, null, null, actor)))
                .contains("Heat", "Collatéral")
                .doesNotContain("Thief");
    }

    @Test
    void titleWordsMatchIgnoringCaseAndAccents() {
        assertThat(
                        titles(
                                queries.findSummaries(
                                                new MovieFilter(
                                                        List.of(),
                                                        null,
                                                        null,
                                                        null,
                                                        null,
                                                        null,
                                                        "COLLATERAL " + marker),
                                                PageRequest.first(100))
                                        .items()))
                .containsExactly("Collatéral");
        assertThat(
                        titles(
                                queries.findSummaries(
                                                new MovieFilter(
                                                        List.of(),
                                                        null,
                                                        null,
                                                        null,
                                                        null,
                                                        null,
                                                        "héat " + marker),
                                                PageRequest.first(100))
                                        .items()))
                .containsExactly("Heat");
    }

    @Test
    void likeWildcardsInTheQueryAreLiteral() {
        assertThat(
                        queries.findSummaries(
                                        new MovieFilter(
                                                List.of(),
                                                null,
                                                null,
                                                null,
                                                null,
                                                null,
                                                "% " + marker),
                                        PageRequest.first(100))
                                .items())
                .isEmpty();
    }

    @Test
    void sortsAndPagesTheSummaries() {
        MovieFilter ours = new MovieFilter(List.of(), null, null, null, null, null, marker);

        var byRelease =
                queries.findSummaries(
                        ours, new PageRequest(1, 2, List.of(SortOrder.descending("releaseDate"))));
        var byPopularity =
                queries.findSummaries(
                        ours, new PageRequest(1, 100, List.of(SortOrder.descending("popularity"))));

        assertThat(byRelease.totalItems()).isGreaterThanOrEqualTo(3);
        assertThat(byRelease.items()).hasSize(2);
        assertThat(titles(byPopularity.items())).startsWith("Heat", "Collatéral", "Thief");
        MovieSummary heatSummary = byPopularity.items().get(0);
        assertThat(heatSummary.genres()).containsExactly("Crime " + marker, "Drama " + marker);
    }

    @Test
    void unknownGenreIdIsInvalidInputNamingTheField() {
        MovieDetails details =
                new MovieDetails(
                        "Ghost " + marker,
                        null,
                        null,
                        BigDecimal.ONE,
                        null,
                        null,
                        null,
                        null,
                        null,
                        Set.of(new GenreId(999_999_999)),
                        null,
                        null,
                        null,
                        null);

        assertThatThrownBy(() -> movies.add(details))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("genreIds"));
    }

    private List<MovieSummary> filter(
            List<String> genreFilter,
            String countryFilter,
            Integer from,
            Integer to,
            PersonId directorFilter,
            PersonId actorFilter) {
        return queries.findSummaries(
                        new MovieFilter(
                                genreFilter,
                                countryFilter,
                                from,
                                to,
                                directorFilter,
                                actorFilter,
                                marker),
                        PageRequest.first(100))
                .items();
    }

    private List<String> titles(List<MovieSummary> summaries) {
        return summaries.stream()
                .map(summary -> summary.title().replace(" " + marker, ""))
                .toList();
    }

    private PersonId person(String first, String last) {
        return persons.add(new PersonDetails(first, last, null, null, Gender.UNKNOWN, null)).id();
    }

    private MovieId movie(
            String title,
            LocalDate released,
            Set<GenreId> genreIds,
            CountryId countryId,
            PersonId directorId,
            double popularity) {
        MovieId id =
                movies.add(
                                new MovieDetails(
                                        title,
                                        null,
                                        null,
                                        null,
                                        null,
                                        released,
                                        120,
                                        countryId,
                                        directorId,
                                        genreIds,
                                        null,
                                        null,
                                        "en",
                                        null))
                        .id();
        try {
            sql("update movies set popularity = ? where id = ?", popularity, id.value());
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return id;
    }

    private void credit(MovieId movie, PersonId person, String character, CastRole role) {
        cast.add(
                new CastCreditDetails(
                        movie,
                        characters.add(new CharacterDetails(character, null)).id(),
                        person,
                        role,
                        null));
    }
}

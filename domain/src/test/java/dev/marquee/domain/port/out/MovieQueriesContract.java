package dev.marquee.domain.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.domain.cast.CastCreditDetails;
import dev.marquee.domain.cast.CastRole;
import dev.marquee.domain.character.CharacterDetails;
import dev.marquee.domain.country.CountryCode;
import dev.marquee.domain.country.CountryDetails;
import dev.marquee.domain.country.CountryId;
import dev.marquee.domain.country.CountryName;
import dev.marquee.domain.genre.GenreId;
import dev.marquee.domain.genre.GenreName;
import dev.marquee.domain.library.ListKind;
import dev.marquee.domain.library.Score;
import dev.marquee.domain.movie.MovieDetails;
import dev.marquee.domain.movie.MovieFilter;
import dev.marquee.domain.movie.MovieId;
import dev.marquee.domain.person.Gender;
import dev.marquee.domain.person.PersonDetails;
import dev.marquee.domain.person.PersonId;
import dev.marquee.domain.port.in.BrowseMoviesUseCase;
import dev.marquee.domain.shared.PageRequest;
import dev.marquee.domain.shared.SortOrder;
import dev.marquee.domain.user.UserId;
import dev.marquee.domain.view.CastCreditView;
import dev.marquee.domain.view.MovieSummary;
import dev.marquee.domain.view.MovieView;
import dev.marquee.domain.view.MyMovieState;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What every MovieQueries must do, run against PostgreSQL: filters, sorts ending on the id, the
 * detail with its cast leading parts first, and the caller's state. The catalogue is written
 * through the repository ports.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class MovieQueriesContract extends ContractSupport {

    protected abstract MovieQueries queries();

    protected abstract MovieRepository movies();

    protected abstract PersonRepository persons();

    protected abstract CharacterRepository characters();

    protected abstract CastRepository cast();

    protected abstract GenreRepository genres();

    protected abstract CountryRepository countries();

    protected abstract LibraryRepository library();

    protected abstract RatingRepository ratings();

    protected abstract UserId existingUser();

    /** An ISO code that no stored country has yet. */
    protected abstract String freeCountryCode();

    /** Sets the movie's popularity, which only the store computes. */
    protected abstract void setPopularity(MovieId movie, double popularity);

    /**
     * A word only this class's movies carry in their titles, so filters can be checked against a
     * known set.
     */
    private final String marker = "zq" + uniqueWord();

    protected GenreId crime;
    private GenreId drama;
    protected CountryId country;
    protected PersonId director;
    protected PersonId actor;
    protected MovieId heat;
    private MovieId thief;
    private MovieId collateral;

    @BeforeAll
    void catalogue() {
        crime = genres().add(new GenreName("Crime " + marker)).id();
        drama = genres().add(new GenreName("Drama " + marker)).id();
        country =
                countries()
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
    void detailResolvesCountryDirectorGenresAndLeadingCastFirst() {
        credit(heat, person("Val", "Kilmer"), "Chris Shiherlis", CastRole.SUPPORTING);
        credit(heat, person("Al", "Pacino"), "Vincent Hanna", CastRole.LEADING);

        MovieView view = queries().findView(heat).orElseThrow();

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
        String code = countries().findById(country).orElseThrow().code().value();

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
                                queries()
                                        .findSummaries(
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
                                queries()
                                        .findSummaries(
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
                        queries()
                                .findSummaries(
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
                queries()
                        .findSummaries(
                                ours,
                                new PageRequest(
                                        1, 2, List.of(SortOrder.descending("releaseDate"))));
        var byPopularity =
                queries()
                        .findSummaries(
                                ours,
                                new PageRequest(
                                        1, 100, List.of(SortOrder.descending("popularity"))));

        assertThat(byRelease.totalItems()).isGreaterThanOrEqualTo(3);
        assertThat(byRelease.items()).hasSize(2);
        assertThat(titles(byPopularity.items())).startsWith("Heat", "Collatéral", "Thief");
        MovieSummary heatSummary = byPopularity.items().get(0);
        assertThat(heatSummary.genres()).containsExactly("Crime " + marker, "Drama " + marker);
    }

    @Test
    void pagesOneByOneFollowTheOrderOfTheWholeListInEverySort() {
        MovieFilter ours = new MovieFilter(List.of(), null, null, null, null, null, marker);
        for (String field : BrowseMoviesUseCase.SORTABLE.fields()) {
            for (SortOrder order :
                    List.of(SortOrder.ascending(field), SortOrder.descending(field))) {
                List<Long> whole =
                        queries()
                                .findSummaries(ours, new PageRequest(1, 100, List.of(order)))
                                .items()
                                .stream()
                                .map(MovieSummary::id)
                                .toList();
                List<Long> paged = new java.util.ArrayList<>();
                for (int page = 1; page <= whole.size(); page++) {
                    queries()
                            .findSummaries(ours, new PageRequest(page, 1, List.of(order)))
                            .items()
                            .forEach(summary -> paged.add(summary.id()));
                }
                assertThat(paged)
                        .as(order.toString())
                        .isEqualTo(whole)
                        .hasSizeGreaterThanOrEqualTo(3);
            }
        }
    }

    @Test
    void anUnknownMovieHasNoView() {
        assertThat(queries().findView(new MovieId(UNKNOWN_ID))).isEmpty();
    }

    @Test
    void acceptsEverySortFieldTheUseCasePublishesAndEndsOnTheId() {
        MovieFilter ours = new MovieFilter(List.of(), null, null, null, null, null, marker);
        for (String field : BrowseMoviesUseCase.SORTABLE.fields()) {
            assertThat(
                            queries()
                                    .findSummaries(
                                            ours,
                                            new PageRequest(
                                                    1, 100, List.of(SortOrder.ascending(field))))
                                    .totalItems())
                    .as(field)
                    .isGreaterThanOrEqualTo(3);
        }
        MovieId twinA = movie("Twin " + marker, null, Set.of(), null, null, 7.0);
        MovieId twinB = movie("Twin " + marker, null, Set.of(), null, null, 7.0);
        var twins =
                queries()
                        .findSummaries(
                                new MovieFilter(
                                        List.of(), null, null, null, null, null, "twin " + marker),
                                new PageRequest(1, 10, List.of(SortOrder.descending("title"))));
        assertThat(twins.items())
                .extracting(MovieSummary::id)
                .containsExactly(twinA.value(), twinB.value());
    }

    @Test
    void theCastListsLeadingPartsFirstThenInTheOrderTheyWereAdded() {
        MovieId movie = movie("Ensemble " + marker, null, Set.of(), null, null, 1.0);
        credit(movie, person("Back", "Ground"), "Passer-by", CastRole.BACKGROUND);
        credit(movie, person("Sup", "Porting"), "Friend", CastRole.SUPPORTING);
        credit(movie, person("Lead", "One"), "Hero", CastRole.LEADING);
        credit(movie, person("Lead", "Two"), "Villain", CastRole.LEADING);

        var first = queries().findCast(movie, new PageRequest(1, 3, List.of()));
        var second = queries().findCast(movie, new PageRequest(2, 3, List.of()));

        assertThat(first.items())
                .extracting(credit -> credit.character().name())
                .containsExactly("Hero", "Villain", "Friend");
        assertThat(second.items())
                .extracting(CastCreditView::role)
                .containsExactly(CastRole.BACKGROUND);
        assertThat(first.totalItems()).isEqualTo(4);
    }

    @Test
    void myStateShowsTheCallersListsAndRating() {
        UserId user = existingUser();
        MovieId movie = movie("Mine " + marker, null, Set.of(), null, null, 1.0);

        assertThat(queries().findMyState(movie, user))
                .isEqualTo(new MyMovieState(false, false, null));

        library().add(user, ListKind.FAVORITES, movie, Instant.now());
        ratings().put(user, movie, new Score(new BigDecimal("3.5")), null, Instant.now());
        MyMovieState state = queries().findMyState(movie, user);

        assertThat(state.favorite()).isTrue();
        assertThat(state.watchlisted()).isFalse();
        assertThat(state.rating()).isEqualByComparingTo("3.5");
        assertThat(queries().findMyState(movie, existingUser()))
                .isEqualTo(new MyMovieState(false, false, null));
    }

    private List<MovieSummary> filter(
            List<String> genreFilter,
            String countryFilter,
            Integer from,
            Integer to,
            PersonId directorFilter,
            PersonId actorFilter) {
        return queries()
                .findSummaries(
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

    protected PersonId person(String first, String last) {
        return persons().add(new PersonDetails(first, last, null, null, Gender.UNKNOWN, null)).id();
    }

    protected MovieId movie(
            String title,
            LocalDate released,
            Set<GenreId> genreIds,
            CountryId countryId,
            PersonId directorId,
            double popularity) {
        MovieId id =
                movies().add(
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
        setPopularity(id, popularity);
        return id;
    }

    protected void credit(MovieId movie, PersonId person, String character, CastRole role) {
        cast().add(
                        new CastCreditDetails(
                                movie,
                                characters().add(new CharacterDetails(character, null)).id(),
                                person,
                                role,
                                null));
    }
}

package dev.marquee.domain.port.out.fakes;

import dev.marquee.domain.cast.CastCreditDetails;
import dev.marquee.domain.cast.CastCreditId;
import dev.marquee.domain.file.FileId;
import dev.marquee.domain.movie.Movie;
import dev.marquee.domain.person.Person;
import dev.marquee.domain.person.PersonDetails;
import dev.marquee.domain.person.PersonFilter;
import dev.marquee.domain.person.PersonId;
import dev.marquee.domain.port.out.PersonQueries;
import dev.marquee.domain.shared.Page;
import dev.marquee.domain.shared.PageRequest;
import dev.marquee.domain.view.CountryRef;
import dev.marquee.domain.view.FileView;
import dev.marquee.domain.view.MovieSummary;
import dev.marquee.domain.view.Named;
import dev.marquee.domain.view.PersonSummary;
import dev.marquee.domain.view.PersonView;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * PersonQueries over the person, country, file, movie, character and cast fakes, like the
 * PostgreSQL adapter: every word of the name filter found ignoring case and accents, sorts with
 * unknown values last ending on the id, photos in the order added, films directed and parts played
 * newest first (undated last), movies shown as {@link InMemoryMovieQueries} summarises them.
 */
public final class InMemoryPersonQueries implements PersonQueries {

    private static final Map<String, Function<PersonSummary, Comparable<?>>> SORT_KEYS =
            Map.of(
                    "lastName",
                    person ->
                            (person.lastName() == null ? person.firstName() : person.lastName())
                                    .toLowerCase(Locale.ROOT),
                    "dateOfBirth",
                    PersonSummary::dateOfBirth);

    /** Release date newest first, undated last, then by movie id. */
    private static final Comparator<MovieSummary> NEWEST_FIRST =
            Comparator.comparing(
                            MovieSummary::releaseDate,
                            Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()))
                    .thenComparingLong(MovieSummary::id);

    private final InMemoryPersonRepository persons;
    private final InMemoryCountryRepository countries;
    private final InMemoryFileRepository files;
    private final InMemoryMovieRepository movies;
    private final InMemoryCharacterRepository characters;
    private final InMemoryCastRepository cast;
    private final InMemoryMovieQueries movieSummaries;

    public InMemoryPersonQueries(
            InMemoryPersonRepository persons,
            InMemoryCountryRepository countries,
            InMemoryFileRepository files,
            InMemoryMovieRepository movies,
            InMemoryCharacterRepository characters,
            InMemoryCastRepository cast,
            InMemoryMovieQueries movieSummaries) {
        this.persons = persons;
        this.countries = countries;
        this.files = files;
        this.movies = movies;
        this.characters = characters;
        this.cast = cast;
        this.movieSummaries = movieSummaries;
    }

    @Override
    public synchronized Page<PersonSummary> findSummaries(
            PersonFilter filter, PageRequest request) {
        List<PersonSummary> passing =
                persons.all().stream()
                        .filter(person -> passes(person.details(), filter))
                        .map(this::summary)
                        .toList();
        return InMemoryPaging.pageEndingOnId(passing, request, SORT_KEYS, PersonSummary::id);
    }

    @Override
    public synchronized Optional<PersonView> findView(PersonId id) {
        return persons.findById(id).map(this::view);
    }

    private boolean passes(PersonDetails person, PersonFilter filter) {
        if (filter.q() != null
                && !InMemoryMatching.containsEveryWord(
                        person.firstName()
                                + " "
                                + (person.lastName() == null ? "" : person.lastName()),
                        filter.q())) {
            return false;
        }
        if (filter.country() == null) {
            return true;
        }
        if (person.countryId() == null) {
            return false;
        }
        if (InMemoryMatching.isId(filter.country())) {
            return person.countryId().value() == Long.parseLong(filter.country());
        }
        return countries
                .findById(person.countryId())
                .map(country -> country.code().value().equalsIgnoreCase(filter.country()))
                .orElse(false);
    }

    private PersonSummary summary(Person person) {
        PersonDetails details = person.details();
        return new PersonSummary(
                person.id().value(),
                details.firstName(),
                details.lastName(),
                details.dateOfBirth(),
                details.gender(),
                country(details),
                files.mainPhotoOf(person.id()).orElse(null));
    }

    private PersonView view(Person person) {
        PersonDetails details = person.details();
        FileView mainPhoto =
                files.mainPhotoOf(person.id())
                        .flatMap(file -> files.find(new FileId(file)))
                        .map(stored -> stored.view())
                        .orElse(null);
        List<MovieSummary> directed =
                movies.all().stream()
                        .filter(movie -> person.id().equals(movie.details().directorId()))
                        .map(Movie::id)
                        .map(movieSummaries::summaryOf)
                        .sorted(NEWEST_FIRST)
                        .toList();
        return new PersonView(
                person.id().value(),
                details.firstName(),
                details.lastName(),
                details.biography(),
                details.dateOfBirth(),
                details.gender(),
                country(details),
                mainPhoto,
                files.photosOf(person.id()),
                directed,
                parts(person.id()),
                person.createdAt(),
                person.updatedAt());
    }

    private List<PersonView.Part> parts(PersonId actor) {
        return cast.credits().entrySet().stream()
                .filter(e -> e.getValue().actorId().equals(actor))
                .map(e -> new Credit(e.getKey(), e.getValue(), summaryOf(e.getValue())))
                .sorted(
                        Comparator.comparing(Credit::movie, NEWEST_FIRST)
                                .thenComparingLong(credit -> credit.id().value()))
                .map(
                        credit ->
                                new PersonView.Part(
                                        credit.movie(),
                                        new Named(
                                                credit.details().characterId().value(),
                                                characters
                                                        .findById(credit.details().characterId())
                                                        .orElseThrow()
                                                        .details()
                                                        .name()),
                                        credit.details().role()))
                .toList();
    }

    private MovieSummary summaryOf(CastCreditDetails credit) {
        return movieSummaries.summaryOf(credit.movieId());
    }

    private @Nullable CountryRef country(PersonDetails person) {
        return person.countryId() == null
                ? null
                : countries
                        .findById(person.countryId())
                        .map(
                                country ->
                                        new CountryRef(
                                                country.id().value(),
                                                country.code().value(),
                                                country.name().value()))
                        .orElse(null);
    }

    /** A credit of the person with the movie it is in, for sorting. */
    private record Credit(CastCreditId id, CastCreditDetails details, MovieSummary movie) {}
}

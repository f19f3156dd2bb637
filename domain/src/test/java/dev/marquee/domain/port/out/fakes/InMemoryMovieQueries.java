package dev.marquee.domain.port.out.fakes;

import dev.marquee.domain.cast.CastCreditDetails;
import dev.marquee.domain.cast.CastCreditId;
import dev.marquee.domain.country.Country;
import dev.marquee.domain.file.FileId;
import dev.marquee.domain.genre.Genre;
import dev.marquee.domain.genre.GenreId;
import dev.marquee.domain.library.ListKind;
import dev.marquee.domain.movie.Movie;
import dev.marquee.domain.movie.MovieDetails;
import dev.marquee.domain.movie.MovieFilter;
import dev.marquee.domain.movie.MovieId;
import dev.marquee.domain.person.PersonDetails;
import dev.marquee.domain.port.out.MovieQueries;
import dev.marquee.domain.shared.Page;
import dev.marquee.domain.shared.PageRequest;
import dev.marquee.domain.user.UserId;
import dev.marquee.domain.view.CastCreditView;
import dev.marquee.domain.view.CountryRef;
import dev.marquee.domain.view.FileView;
import dev.marquee.domain.view.MovieSummary;
import dev.marquee.domain.view.MovieView;
import dev.marquee.domain.view.MyMovieState;
import dev.marquee.domain.view.Named;
import dev.marquee.domain.view.RatingSummary;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * MovieQueries over the movie, cast, genre, country, library, rating and file fakes, like the
 * PostgreSQL adapter: every filter applied, sorts with unknown values last ending on the id, the
 * average rating rounded to three places, the cast leading parts first then in the order added.
 * Popularity, which only the store computes, is set with setPopularity().
 */
public final class InMemoryMovieQueries implements MovieQueries {

    private static final Map<String, Function<Row, Comparable<?>>> SORT_KEYS =
            Map.of(
                    "title", row -> row.summary().title().toLowerCase(Locale.ROOT),
                    "releaseDate", row -> row.summary().releaseDate(),
                    "averageRating", row -> row.summary().averageRating(),
                    "ratingCount", row -> row.summary().ratingCount(),
                    "popularity", row -> row.summary().popularity(),
                    "createdAt", row -> row.movie().createdAt());

    private final InMemoryMovieRepository movies;
    private final InMemoryPersonRepository persons;
    private final InMemoryCastRepository cast;
    private final InMemoryGenreRepository genres;
    private final InMemoryCountryRepository countries;
    private final InMemoryLibraryRepository library;
    private final InMemoryRatingRepository ratings;
    private final InMemoryFileRepository files;
    private final Map<Long, Double> popularity = new HashMap<>();

    public InMemoryMovieQueries(
            InMemoryMovieRepository movies,
            InMemoryPersonRepository persons,
            InMemoryCastRepository cast,
            InMemoryGenreRepository genres,
            InMemoryCountryRepository countries,
            InMemoryLibraryRepository library,
            InMemoryRatingRepository ratings,
            InMemoryFileRepository files) {
        this.movies = movies;
        this.persons = persons;
        this.cast = cast;
        this.genres = genres;
        this.countries = countries;
        this.library = library;
        this.ratings = ratings;
        this.files = files;
    }

    /** Sets the movie's popularity, as the store's computation would. */
    public synchronized void setPopularity(MovieId movie, double value) {
        popularity.put(movie.value(), value);
    }

    @Override
    public synchronized Page<MovieSummary> findSummaries(MovieFilter filter, PageRequest request) {
        List<Row> passing =
                movies.all().stream()
                        .filter(movie -> passes(movie, filter))
                        .map(movie -> new Row(movie, summary(movie)))
                        .toList();
        return InMemoryPaging.pageEndingOnId(passing, request, SORT_KEYS, Row::id)
                .map(Row::summary);
    }

    @Override
    public synchronized Optional<MovieView> findView(MovieId id) {
        return movies.findById(id).map(this::view);
    }

    @Override
    public synchronized Page<CastCreditView> findCast(MovieId id, PageRequest request) {
        List<CastCreditView> all = castOf(id);
        return Page.of(
                all.stream().skip(request.offset()).limit(request.size()).toList(),
                request,
                all.size());
    }

    @Override
    public synchronized MyMovieState findMyState(MovieId id, UserId user) {
        if (!movies.exists(id)) {
            return new MyMovieState(false, false, null);
        }
        return new MyMovieState(
                library.find(user, ListKind.FAVORITES, id).isPresent(),
                library.find(user, ListKind.WATCHLIST, id).isPresent(),
                ratings.find(user, id).map(rating -> rating.score()).orElse(null));
    }

    /** The movie as lists show it; one known only by id and title shows just those. */
    synchronized MovieSummary summaryOf(MovieId id) {
        return movies.findById(id).map(this::summary).orElseGet(() -> movies.summary(id));
    }

    private boolean passes(Movie movie, MovieFilter filter) {
        MovieDetails details = movie.details();
        for (String genre : filter.genres()) {
            boolean has =
                    InMemoryMatching.isId(genre)
                            ? details.genreIds().contains(new GenreId(Long.parseLong(genre)))
                            : genresOf(details).stream()
                                    .anyMatch(g -> g.name().value().equalsIgnoreCase(genre));
            if (!has) {
                return false;
            }
        }
        if (filter.country() != null && !countryIs(details, filter.country())) {
            return false;
        }
        Integer year = details.releaseDate() == null ? null : details.releaseDate().getYear();
        if (filter.yearFrom() != null && (year == null || year < filter.yearFrom())) {
            return false;
        }
        if (filter.yearTo() != null && (year == null || year > filter.yearTo())) {
            return false;
        }
        if (filter.directorId() != null && !filter.directorId().equals(details.directorId())) {
            return false;
        }
        if (filter.actorId() != null
                && creditsOf(movie.id()).values().stream()
                        .noneMatch(credit -> credit.actorId().equals(filter.actorId()))) {
            return false;
        }
        return filter.q() == null
                || InMemoryMatching.containsEveryWord(details.title(), filter.q());
    }

    private boolean countryIs(MovieDetails details, String idOrCode) {
        if (details.countryId() == null) {
            return false;
        }
        if (InMemoryMatching.isId(idOrCode)) {
            return details.countryId().value() == Long.parseLong(idOrCode);
        }
        return countries
                .findById(details.countryId())
                .map(country -> country.code().value().equalsIgnoreCase(idOrCode))
                .orElse(false);
    }

    private MovieSummary summary(Movie movie) {
        MovieDetails details = movie.details();
        List<BigDecimal> scores = ratings.scoresOf(movie.id());
        return new MovieSummary(
                movie.id().value(),
                details.title(),
                details.releaseDate(),
                details.releaseDate() == null ? null : details.releaseDate().getYear(),
                details.duration(),
                files.posterOf(movie.id()).orElse(null),
                genresOf(details).stream().map(genre -> genre.name().value()).toList(),
                average(scores),
                scores.size(),
                popularity.getOrDefault(movie.id().value(), 0.0),
                details.tmdbId(),
                details.imdbId() == null ? null : details.imdbId().value());
    }

    private MovieView view(Movie movie) {
        MovieDetails details = movie.details();
        MovieSummary summary = summary(movie);
        List<BigDecimal> scores = ratings.scoresOf(movie.id());
        Map<String, Integer> histogram = new HashMap<>();
        for (BigDecimal score : scores) {
            histogram.merge(
                    score.setScale(1, RoundingMode.UNNECESSARY).toPlainString(), 1, Integer::sum);
        }
        return new MovieView(
                movie.id().value(),
                details.title(),
                details.description(),
                details.tagline(),
                details.budget(),
                details.revenue(),
                details.releaseDate(),
                summary.releaseYear(),
                details.duration(),
                details.countryId() == null
                        ? null
                        : countries.findById(details.countryId()).map(this::ref).orElse(null),
                details.directorId() == null ? null : director(details),
                genresOf(details).stream()
                        .map(genre -> new Named(genre.id().value(), genre.name().value()))
                        .toList(),
                poster(movie.id()),
                castOf(movie.id()),
                details.tmdbId(),
                summary.imdbId(),
                details.originalLanguage(),
                details.status(),
                summary.popularity(),
                new RatingSummary(summary.averageRating(), summary.ratingCount(), histogram),
                movie.createdAt(),
                movie.updatedAt());
    }

    private @Nullable Named director(MovieDetails details) {
        return persons.findById(details.directorId())
                .map(person -> new Named(person.id().value(), displayName(person.details())))
                .orElse(null);
    }

    private @Nullable FileView poster(MovieId movie) {
        return files.posterOf(movie)
                .flatMap(id -> files.find(new FileId(id)))
                .map(stored -> stored.view())
                .orElse(null);
    }

    private List<Genre> genresOf(MovieDetails details) {
        return details.genreIds().stream()
                .map(genres::findById)
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(genre -> genre.name().value()))
                .toList();
    }

    private List<CastCreditView> castOf(MovieId movie) {
        return creditsOf(movie).entrySet().stream()
                .sorted(
                        Comparator.comparing(
                                        (Map.Entry<CastCreditId, CastCreditDetails> e) ->
                                                e.getValue().role().ordinal())
                                .thenComparingLong(e -> e.getKey().value()))
                .map(e -> cast.findView(e.getKey()).orElseThrow())
                .toList();
    }

    private Map<CastCreditId, CastCreditDetails> creditsOf(MovieId movie) {
        Map<CastCreditId, CastCreditDetails> credits = new LinkedHashMap<>();
        cast.credits()
                .forEach(
                        (id, credit) -> {
                            if (credit.movieId().equals(movie)) {
                                credits.put(id, credit);
                            }
                        });
        return credits;
    }

    private CountryRef ref(Country country) {
        return new CountryRef(country.id().value(), country.code().value(), country.name().value());
    }

    private static @Nullable BigDecimal average(List<BigDecimal> scores) {
        if (scores.isEmpty()) {
            return null;
        }
        return scores.stream()
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(scores.size()), 3, RoundingMode.HALF_UP);
    }

    static String displayName(PersonDetails person) {
        return person.lastName() == null
                ? person.firstName()
                : person.firstName() + " " + person.lastName();
    }

    /** A movie passing the filter, with its summary, for sorting on either. */
    private record Row(Movie movie, MovieSummary summary) {
        long id() {
            return movie.id().value();
        }
    }
}

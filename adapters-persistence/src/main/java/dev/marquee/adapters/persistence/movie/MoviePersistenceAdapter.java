package dev.marquee.adapters.persistence.movie;

import dev.marquee.adapters.persistence.shared.ConstraintViolations;
import dev.marquee.adapters.persistence.shared.DatabaseTime;
import dev.marquee.domain.country.CountryId;
import dev.marquee.domain.genre.GenreId;
import dev.marquee.domain.movie.ImdbId;
import dev.marquee.domain.movie.Movie;
import dev.marquee.domain.movie.MovieDetails;
import dev.marquee.domain.movie.MovieId;
import dev.marquee.domain.movie.MovieStatus;
import dev.marquee.domain.person.PersonId;
import dev.marquee.domain.port.out.MovieRepository;
import dev.marquee.domain.shared.ConflictException;
import dev.marquee.domain.shared.InvalidInputException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Stores movies and their genres in PostgreSQL. */
@Singleton
public class MoviePersistenceAdapter implements MovieRepository {

    private static final ConstraintViolations VIOLATIONS =
            ConstraintViolations.of(
                    Map.of(
                            "movies_country_fk",
                                    () ->
                                            new InvalidInputException(
                                                    "countryId", "no country has this id"),
                            "movies_director_fk",
                                    () ->
                                            new InvalidInputException(
                                                    "directorId", "no person has this id"),
                            "movie_genres_genre_fk",
                                    () ->
                                            new InvalidInputException(
                                                    "genreIds", "contains an id that no genre has"),
                            "movies_tmdb_id_unique",
                                    () ->
                                            new ConflictException(
                                                    "duplicate-tmdb-id",
                                                    "Another movie has this tmdbId"),
                            "movies_imdb_id_unique",
                                    () ->
                                            new ConflictException(
                                                    "duplicate-imdb-id",
                                                    "Another movie has this imdbId")));

    private final MovieRowRepository rows;
    private final DatabaseTime time;

    public MoviePersistenceAdapter(MovieRowRepository rows, DatabaseTime time) {
        this.rows = rows;
        this.time = time;
    }

    @Override
    @Transactional
    public Movie add(MovieDetails details) {
        Instant now = time.now();
        return VIOLATIONS.translate(
                () -> {
                    MovieRow row = rows.save(toRow(null, details, now, now));
                    details.genreIds().forEach(genre -> rows.addGenre(row.id(), genre.value()));
                    return Movie.restore(new MovieId(row.id()), details, now, now);
                });
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Movie> findById(MovieId id) {
        return rows.findById(id.value())
                .map(row -> Movie.restore(id, toDetails(row), row.createdAt(), row.updatedAt()));
    }

    @Override
    @Transactional(readOnly = true)
    public boolean exists(MovieId id) {
        return rows.existsById(id.value());
    }

    @Override
    @Transactional
    public void save(Movie movie) {
        MovieDetails details = movie.details();
        MovieRow row = toRow(movie.id().value(), details, movie.createdAt(), time.now());
        VIOLATIONS.translate(
                () -> {
                    rows.updateDetails(
                            row.id(),
                            row.title(),
                            row.description(),
                            row.tagline(),
                            row.budget(),
                            row.revenue(),
                            row.releaseDate(),
                            row.duration(),
                            row.countryId(),
                            row.directorId(),
                            row.tmdbId(),
                            row.imdbId(),
                            row.originalLanguage(),
                            row.status(),
                            row.updatedAt());
                    rows.removeGenres(row.id());
                    details.genreIds().forEach(genre -> rows.addGenre(row.id(), genre.value()));
                });
    }

    @Override
    @Transactional
    public boolean delete(MovieId id) {
        if (!rows.existsById(id.value())) {
            return false;
        }
        rows.deleteById(id.value());
        return true;
    }

    private static MovieRow toRow(
            Long id, MovieDetails details, Instant createdAt, Instant updatedAt) {
        return new MovieRow(
                id,
                details.title(),
                details.description(),
                details.tagline(),
                details.budget(),
                details.revenue(),
                details.releaseDate(),
                details.duration(),
                details.countryId() == null ? null : details.countryId().value(),
                details.directorId() == null ? null : details.directorId().value(),
                details.tmdbId(),
                details.imdbId() == null ? null : details.imdbId().value(),
                details.originalLanguage(),
                details.status() == null ? null : details.status().name(),
                createdAt,
                updatedAt);
    }

    private MovieDetails toDetails(MovieRow row) {
        return new MovieDetails(
                row.title(),
                row.description(),
                row.tagline(),
                row.budget(),
                row.revenue(),
                row.releaseDate(),
                row.duration(),
                row.countryId() == null ? null : new CountryId(row.countryId()),
                row.directorId() == null ? null : new PersonId(row.directorId()),
                rows.findGenreIds(row.id()).stream().map(GenreId::new).collect(Collectors.toSet()),
                row.tmdbId(),
                row.imdbId() == null ? null : new ImdbId(row.imdbId()),
                row.originalLanguage(),
                row.status() == null ? null : MovieStatus.valueOf(row.status()));
    }
}

package dev.marquee.adapters.persistence.movie;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** SQL access to the movies and movie_genres tables. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface MovieRowRepository extends GenericRepository<MovieRow, Long> {

    MovieRow save(MovieRow row);

    Optional<MovieRow> findById(Long id);

    boolean existsById(Long id);

    void deleteById(Long id);

    /**
     * Updates the editable columns only, so that rating aggregates and popularity kept by others
     * stay as they are.
     */
    @Query(
            """
            update movies set title = :title, description = :description, tagline = :tagline, budget = :budget,
                revenue = :revenue, release_date = :releaseDate, duration = :duration, country_id = :countryId,
                director_id = :directorId, tmdb_id = :tmdbId, imdb_id = :imdbId, original_language = :originalLanguage,
                status = :status, updated_at = :updatedAt
            where id = :id""")
    void updateDetails(
            long id,
            String title,
            @Nullable String description,
            @Nullable String tagline,
            @Nullable BigDecimal budget,
            @Nullable BigDecimal revenue,
            @Nullable LocalDate releaseDate,
            @Nullable Integer duration,
            @Nullable Long countryId,
            @Nullable Long directorId,
            @Nullable Integer tmdbId,
            @Nullable String imdbId,
            @Nullable String originalLanguage,
            @Nullable String status,
            Instant updatedAt);

    @Query("select genre_id from movie_genres where movie_id = :movieId")
    List<Long> findGenreIds(long movieId);

    @Query("delete from movie_genres where movie_id = :movieId")
    void removeGenres(long movieId);

    @Query("insert into movie_genres (movie_id, genre_id) values (:movieId, :genreId)")
    void addGenre(long movieId, long genreId);
}

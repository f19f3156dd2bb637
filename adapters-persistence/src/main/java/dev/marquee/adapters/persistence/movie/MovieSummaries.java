package dev.marquee.adapters.persistence.movie;

import dev.marquee.adapters.persistence.shared.Rows;
import dev.marquee.domain.view.MovieSummary;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The columns of a movie summary over {@code movies m}, and their mapping: shared by every list of
 * movies.
 */
public final class MovieSummaries {

    /**
     * Select list for a query whose FROM has {@code movies m}; genre names come in one sub-select,
     * not one query each.
     */
    public static final String COLUMNS =
            """
            m.id, m.title, m.release_date, m.release_year, m.duration, m.poster_file_id, m.average_rating, m.rating_count,
            m.popularity, m.tmdb_id, m.imdb_id,
            array(select g.name from movie_genres mg join genres g on g.id = mg.genre_id
                  where mg.movie_id = m.id order by g.name) as genre_names""";

    private MovieSummaries() {}

    public static MovieSummary map(ResultSet row) throws SQLException {
        return new MovieSummary(
                row.getLong("id"),
                row.getString("title"),
                Rows.date(row, "release_date"),
                Rows.nullableInt(row, "release_year"),
                Rows.nullableInt(row, "duration"),
                Rows.nullableLong(row, "poster_file_id"),
                Rows.strings(row, "genre_names"),
                Rows.decimal(row, "average_rating"),
                row.getInt("rating_count"),
                row.getDouble("popularity"),
                Rows.nullableInt(row, "tmdb_id"),
                row.getString("imdb_id"));
    }
}

package dev.marquee.bootstrap.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.marquee.domain.country.CountryCode;
import dev.marquee.domain.country.CountryName;
import dev.marquee.domain.genre.GenreName;
import dev.marquee.domain.imports.TmdbMovie;
import dev.marquee.domain.movie.MovieStatus;
import dev.marquee.domain.shared.InvalidInputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * The TMDB 5000 movies CSV: its columns, and a row read into a {@link TmdbMovie} (JSON arrays
 * decoded after the CSV).
 */
final class TmdbCsv {

    static final List<String> COLUMNS =
            List.of(
                    "budget",
                    "genres",
                    "id",
                    "keywords",
                    "original_language",
                    "original_title",
                    "overview",
                    "popularity",
                    "production_countries",
                    "release_date",
                    "revenue",
                    "runtime",
                    "status",
                    "tagline",
                    "title",
                    "vote_average",
                    "vote_count");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, MovieStatus> STATUSES =
            Map.of(
                    "Released", MovieStatus.RELEASED,
                    "Rumored", MovieStatus.RUMORED,
                    "Planned", MovieStatus.PLANNED,
                    "In Production", MovieStatus.IN_PRODUCTION,
                    "Post Production", MovieStatus.POST_PRODUCTION,
                    "Canceled", MovieStatus.CANCELED);

    private TmdbCsv() {}

    static CsvFile file(Path path) {
        return new CsvFile(path, COLUMNS);
    }

    static TmdbMovie movie(CSVRecord record) {
        String status = CsvFields.text(record, "status");
        return new TmdbMovie(
                CsvFields.positiveInt(record, "id"),
                record.get("title"),
                CsvFields.text(record, "original_title"),
                CsvFields.text(record, "overview"),
                CsvFields.text(record, "tagline"),
                CsvFields.optionalDecimal(record, "budget"),
                CsvFields.optionalDecimal(record, "revenue"),
                CsvFields.optionalInt(record, "runtime"),
                CsvFields.optionalDate(record, "release_date"),
                status == null ? null : STATUSES.get(status.strip()),
                CsvFields.text(record, "original_language"),
                CsvFields.optionalDouble(record, "popularity", 0),
                CsvFields.optionalDecimal(record, "vote_average"),
                (int)
                        Math.min(
                                Integer.MAX_VALUE,
                                CsvFields.optionalDouble(record, "vote_count", 0)),
                genres(record),
                countries(record),
                names(record, "keywords"));
    }

    private static List<GenreName> genres(CSVRecord record) {
        List<GenreName> genres = new ArrayList<>();
        for (String name : names(record, "genres")) {
            genres.add(new GenreName(name));
        }
        return genres;
    }

    /**
     * Production countries with a valid ISO code and name; an entry TMDB got wrong is left out, not
     * the movie.
     */
    private static List<TmdbMovie.Country> countries(CSVRecord record) {
        List<TmdbMovie.Country> countries = new ArrayList<>();
        for (JsonNode item : array(record, "production_countries")) {
            try {
                countries.add(
                        new TmdbMovie.Country(
                                new CountryCode(item.path("iso_3166_1").asText("")),
                                new CountryName(item.path("name").asText(""))));
            } catch (InvalidInputException unusableEntry) {
                // The movie stays; only this country is not taken.
            }
        }
        return countries;
    }

    private static List<String> names(CSVRecord record, String column) {
        List<String> names = new ArrayList<>();
        for (JsonNode item : array(record, column)) {
            String name = item.path("name").asText("");
            if (!name.isBlank()) {
                names.add(name);
            }
        }
        return names;
    }

    private static JsonNode array(CSVRecord record, String column) {
        @Nullable String value = CsvFields.text(record, column);
        if (value == null) {
            return JSON.createArrayNode();
        }
        try {
            JsonNode node = JSON.readTree(value);
            if (node == null || !node.isArray()) {
                throw new InvalidInputException(column, "must be a JSON array");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(column, "must be a JSON array");
        }
    }
}

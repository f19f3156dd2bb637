package dev.marquee.bootstrap.cli;

import dev.marquee.domain.imports.MovieLensLink;
import dev.marquee.domain.imports.MovieLensMovie;
import dev.marquee.domain.imports.MovieLensRating;
import dev.marquee.domain.library.Score;
import dev.marquee.domain.shared.InvalidInputException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.commons.csv.CSVRecord;

/**
 * The files of a MovieLens data set folder ({@code links}, {@code movies}, {@code ratings}; .csv or
 * .csv.gz) and their rows.
 */
record MovieLensCsv(CsvFile links, CsvFile movies, CsvFile ratings) {

    static MovieLensCsv in(Path directory) {
        if (!Files.exists(directory)) {
            throw new ImportFileException(directory, "does not exist");
        }
        if (!Files.isDirectory(directory)) {
            throw new ImportFileException(
                    directory,
                    "is not a directory (expected a MovieLens folder with movies, links and ratings)");
        }
        return new MovieLensCsv(
                new CsvFile(find(directory, "links"), List.of("movieId", "imdbId", "tmdbId")),
                new CsvFile(find(directory, "movies"), List.of("movieId", "title", "genres")),
                new CsvFile(
                        find(directory, "ratings"),
                        List.of("userId", "movieId", "rating", "timestamp")));
    }

    private static Path find(Path directory, String name) {
        for (String candidate : List.of(name + ".csv", name + ".csv.gz")) {
            if (Files.exists(directory.resolve(candidate))) {
                return directory.resolve(candidate);
            }
        }
        throw new ImportFileException(directory, "has no " + name + ".csv or " + name + ".csv.gz");
    }

    List<CsvFile> files() {
        return List.of(links, movies, ratings);
    }

    static MovieLensLink link(CSVRecord record) {
        return new MovieLensLink(
                CsvFields.positiveInt(record, "movieId"),
                MovieLensLink.imdbIdOf(record.get("imdbId")),
                CsvFields.optionalInt(record, "tmdbId"));
    }

    static MovieLensMovie movie(CSVRecord record) {
        return MovieLensMovie.of(
                CsvFields.positiveInt(record, "movieId"),
                record.get("title"),
                record.get("genres"));
    }

    static MovieLensRating rating(CSVRecord record) {
        BigDecimal score = CsvFields.optionalDecimal(record, "rating");
        if (score == null) {
            throw new InvalidInputException("rating", "must not be empty");
        }
        long seconds = CsvFields.wholeNumber(record, "timestamp");
        if (seconds < 0 || seconds > 32_503_680_000L) {
            throw new InvalidInputException(
                    "timestamp", "must be seconds since 1970 before the year 3000");
        }
        return new MovieLensRating(
                CsvFields.positiveInt(record, "userId"),
                CsvFields.positiveInt(record, "movieId"),
                new Score(score),
                Instant.ofEpochSecond(seconds));
    }
}

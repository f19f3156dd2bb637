package dev.marquee.application.recommendation.evaluation;

import dev.marquee.application.recommendation.Catalogue;
import dev.marquee.application.recommendation.Interactions;
import dev.marquee.application.recommendation.RatingEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * A MovieLens-style folder: {@code ratings.csv} (userId,movieId,rating,timestamp) and, when
 * present, {@code movies.csv} (movieId,...) for the catalogue; each may be gzipped ({@code
 * .csv.gz}).
 */
public final class MovieLensFolder {

    private static final CSVFormat WITH_HEADER =
            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    private final Path folder;

    public MovieLensFolder(Path folder) {
        this.folder = folder;
    }

    /**
     * The ratings over the catalogue of movies.csv, or of the rated movies when there is no movies
     * file.
     */
    public Interactions load() {
        List<RatingEvent> ratings = new ArrayList<>();
        read(
                "ratings",
                row ->
                        ratings.add(
                                new RatingEvent(
                                        Long.parseLong(row.get("userId")),
                                        Long.parseLong(row.get("movieId")),
                                        Double.parseDouble(row.get("rating")),
                                        Long.parseLong(row.get("timestamp")))));
        List<Long> movies = new ArrayList<>();
        if (csvFile(folder, "movies").isPresent()) {
            read("movies", row -> movies.add(Long.parseLong(row.get("movieId"))));
        } else {
            ratings.forEach(rating -> movies.add(rating.movieId()));
        }
        return Interactions.of(
                Catalogue.of(movies.stream().mapToLong(Long::longValue).toArray()), ratings);
    }

    private void read(String name, Consumer<CSVRecord> row) {
        readCsv(
                csvFile(folder, name)
                        .orElseThrow(
                                () ->
                                        new IllegalArgumentException(
                                                "no "
                                                        + name
                                                        + ".csv or "
                                                        + name
                                                        + ".csv.gz in "
                                                        + folder)),
                row);
    }

    /** Each row of a CSV file with a header line, plain or gzip-compressed. */
    static void readCsv(Path path, Consumer<CSVRecord> row) {
        try (InputStream raw = Files.newInputStream(path);
                InputStream in =
                        path.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            WITH_HEADER.parse(reader).forEach(row);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /** The folder's {@code name.csv}, else {@code name.csv.gz}, if either is there. */
    static Optional<Path> csvFile(Path folder, String name) {
        for (String candidate : List.of(name + ".csv", name + ".csv.gz")) {
            Path path = folder.resolve(candidate);
            if (Files.isRegularFile(path)) {
                return Optional.of(path);
            }
        }
        return Optional.empty();
    }
}

package dev.marquee.application.recommendation.evaluation;

import dev.marquee.domain.recommendation.ContentFeature;
import dev.marquee.domain.recommendation.MovieContent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;

/**
 * The content of a MovieLens folder's movies as the imported catalogue holds it: a movie that the
 * TMDB 5000 file describes (through {@code links.csv}'s tmdbId) has TMDB's genres and keywords, as
 * {@code import movielens} leaves a TMDB movie's genres to TMDB; any other has the genres of {@code
 * movies.csv}. Neither file has cast. Genres and keywords are static content (MovieLens tags, which
 * carry users and times, are not read).
 */
public final class MovieLensContent {

    private static final Pattern NAME =
            Pattern.compile("\"name\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final String NO_GENRES = "(no genres listed)";

    private MovieLensContent() {}

    /** The content of every movie of {@code movies.csv}; {@code tmdbFile} may be null. */
    public static List<MovieContent> read(Path folder, Path tmdbFile) {
        Map<Long, List<String>> movieLensGenres = new TreeMap<>();
        if (tmdbFile == null && MovieLensFolder.csvFile(folder, "movies").isEmpty()) {
            return List.of();
        }
        read(
                file(folder, "movies"),
                row -> {
                    List<String> genres = new ArrayList<>();
                    for (String genre : row.get("genres").split("\\|")) {
                        if (!genre.isBlank() && !genre.equals(NO_GENRES)) {
                            genres.add(genre.strip());
                        }
                    }
                    movieLensGenres.put(Long.parseLong(row.get("movieId")), genres);
                });
        Map<Long, Long> tmdbOf = new HashMap<>();
        Map<Long, String[]> tmdb = new HashMap<>();
        if (tmdbFile != null) {
            read(
                    file(folder, "links"),
                    row -> {
                        String id = row.get("tmdbId");
                        if (!id.isBlank()) {
                            tmdbOf.put(Long.parseLong(row.get("movieId")), Long.parseLong(id));
                        }
                    });
            read(
                    tmdbFile,
                    row ->
                            tmdb.put(
                                    Long.parseLong(row.get("id")),
                                    new String[] {row.get("genres"), row.get("keywords")}));
        }
        Map<String, Long> genreIds = new HashMap<>();
        List<MovieContent> movies = new ArrayList<>(movieLensGenres.size());
        movieLensGenres.forEach(
                (movie, genres) -> {
                    String[] described = tmdb.get(tmdbOf.get(movie));
                    List<ContentFeature> features = new ArrayList<>();
                    for (String genre : described != null ? names(described[0]) : genres) {
                        long id =
                                genreIds.computeIfAbsent(
                                        genre.toLowerCase(Locale.ROOT),
                                        name -> (long) genreIds.size() + 1);
                        features.add(ContentFeature.genre(id, genre));
                    }
                    if (described != null) {
                        names(described[1]).forEach(k -> features.add(ContentFeature.keyword(k)));
                    }
                    if (!features.isEmpty()) {
                        movies.add(new MovieContent(movie, features));
                    }
                });
        return movies;
    }

    /**
     * The {@code name} of each object of a TMDB JSON array such as {@code [{"id": 1, "name":
     * "x"}]}.
     */
    static List<String> names(String json) {
        List<String> names = new ArrayList<>();
        Matcher matcher = NAME.matcher(json == null ? "" : json);
        while (matcher.find()) {
            String name = unescape(matcher.group(1)).strip();
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }

    private static String unescape(String text) {
        if (text.indexOf('\\') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\' || i + 1 == text.length()) {
                out.append(c);
                continue;
            }
            char escaped = text.charAt(++i);
            switch (escaped) {
                case 'u' -> {
                    if (i + 4 < text.length()) {
                        out.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
                        i += 4;
                    }
                }
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                default -> out.append(escaped);
            }
        }
        return out.toString();
    }

    private static Path file(Path folder, String name) {
        return MovieLensFolder.csvFile(folder, name)
                .orElseThrow(
                        () ->
                                new IllegalArgumentException(
                                        "no " + name + ".csv or " + name + ".csv.gz in " + folder));
    }

    private static void read(Path path, Consumer<CSVRecord> row) {
        MovieLensFolder.readCsv(path, row);
    }
}

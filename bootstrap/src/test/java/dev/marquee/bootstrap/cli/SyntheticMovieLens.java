package dev.marquee.bootstrap.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.Random;

/**
 * Writes a MovieLens-shaped folder of any size (seeded, so always the same), for imports that must
 * run a while.
 */
final class SyntheticMovieLens {

    private static final String[] GENRES = {
        "Action", "Comedy", "Drama", "Sci-Fi", "Children", "Film-Noir", "Romance", "Thriller"
    };

    private SyntheticMovieLens() {}

    static Path write(Path directory, int movies, int users, int ratingsPerUser)
            throws IOException {
        Files.createDirectories(directory);
        Random random = new Random(42);
        try (BufferedWriter out = Files.newBufferedWriter(directory.resolve("movies.csv"))) {
            out.write("movieId,title,genres\r\n");
            for (int id = 1; id <= movies; id++) {
                out.write(
                        id
                                + ",\"Synthetic Movie "
                                + id
                                + ", The ("
                                + (1950 + id % 70)
                                + ")\","
                                + GENRES[id % GENRES.length]
                                + "|"
                                + GENRES[(id / 3) % GENRES.length]
                                + "\r\n");
            }
        }
        try (BufferedWriter out = Files.newBufferedWriter(directory.resolve("links.csv"))) {
            out.write("movieId,imdbId,tmdbId\r\n");
            for (int id = 1; id <= movies; id++) {
                out.write(
                        id
                                + ","
                                + String.format("%07d", 9_000_000 + id)
                                + ","
                                + (id % 5 == 0 ? "" : String.valueOf(800_000 + id))
                                + "\r\n");
            }
        }
        try (BufferedWriter out = Files.newBufferedWriter(directory.resolve("ratings.csv"))) {
            out.write("userId,movieId,rating,timestamp\r\n");
            for (int user = 1; user <= users; user++) {
                BitSet rated = new BitSet(movies + 1);
                while (rated.cardinality() < Math.min(ratingsPerUser, movies)) {
                    rated.set(1 + random.nextInt(movies));
                }
                for (int movie = rated.nextSetBit(0);
                        movie >= 0;
                        movie = rated.nextSetBit(movie + 1)) {
                    out.write(
                            user
                                    + ","
                                    + movie
                                    + ","
                                    + (1 + random.nextInt(10)) / 2.0
                                    + ","
                                    + (828_000_000L + random.nextInt(700_000_000))
                                    + "\r\n");
                }
            }
        }
        return directory;
    }
}

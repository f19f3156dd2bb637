package dev.marquee.application.recommendation.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marquee.application.recommendation.Interactions;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MovieLensFolderTest {

    @TempDir Path folder;

    @Test
    void readsGzippedRatingsAndAPlainMoviesFileWithQuotedTitles() throws IOException {
        try (OutputStream out =
                new GZIPOutputStream(Files.newOutputStream(folder.resolve("ratings.csv.gz")))) {
            out.write(
                    "userId,movieId,rating,timestamp\r\n1,31,2.5,1260759144\r\n1,1029,3.0,1260759179\r\n"
                            .getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(
                folder.resolve("movies.csv"),
                "movieId,title,genres\r\n"
                        + "31,\"Dangerous Minds, The (1995)\",Drama\r\n1029,Dumbo (1941),Animation|Children\r\n"
                        + "7789,\"11'09\"\"01 - September 11 (2002)\",Drama\r\n");

        Interactions all = new MovieLensFolder(folder).load();

        assertThat(all.catalogue().size()).isEqualTo(3);
        assertThat(all.catalogue().movieId(2)).isEqualTo(7789);
        assertThat(all.userCount()).isEqualTo(1);
        assertThat(all.user(0).rating(0)).isEqualTo(2.5);
        assertThat(all.user(0).ratedAt(1)).isEqualTo(1260759179L);
    }

    @Test
    void withoutAMoviesFileTheCatalogueIsTheRatedMovies() throws IOException {
        Files.writeString(
                folder.resolve("ratings.csv"),
                "userId,movieId,rating,timestamp\n2,5,4.0,10\n3,8,1.0,11\n");

        Interactions all = new MovieLensFolder(folder).load();

        assertThat(all.catalogue().size()).isEqualTo(2);
        assertThat(all.userCount()).isEqualTo(2);
    }

    @Test
    void saysWhichFileIsMissing() {
        assertThatThrownBy(() -> new MovieLensFolder(folder).load())
                .hasMessageContaining("ratings.csv");
    }
}

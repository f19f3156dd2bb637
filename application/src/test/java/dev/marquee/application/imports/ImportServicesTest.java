package dev.marquee.application.imports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.domain.imports.ImportReport;
import dev.marquee.domain.imports.MovieLensLink;
import dev.marquee.domain.imports.MovieLensMovie;
import dev.marquee.domain.imports.MovieLensRating;
import dev.marquee.domain.imports.SourceRow;
import dev.marquee.domain.imports.TmdbMovie;
import dev.marquee.domain.library.Score;
import dev.marquee.domain.port.in.ImportMovieLensUseCase.MovieLensFiles;
import dev.marquee.domain.port.out.ImportProgress;
import dev.marquee.domain.port.out.fakes.RecordingCatalogueImports;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ImportServicesTest {

    private final RecordingCatalogueImports imports = new RecordingCatalogueImports();
    private final List<String> progress = new ArrayList<>();
    private final ImportProgress recordingProgress =
            new ImportProgress() {
                @Override
                public void started(String phase, long totalRows) {
                    progress.add("start " + phase);
                }

                @Override
                public void advanced(long rows) {
                    progress.add("+" + rows);
                }

                @Override
                public void finished() {
                    progress.add("end");
                }
            };

    @Test
    void writesTmdbMoviesInBatchesOfAThousandWithTheLastOnePartial() {
        List<SourceRow<TmdbMovie>> rows =
                IntStream.rangeClosed(1, 2_500)
                        .mapToObj(id -> SourceRow.accepted(id, movie(id)))
                        .toList();

        ImportReport report = new TmdbImportService(imports).importMovies(rows, recordingProgress);

        assertThat(imports.batches).extracting(List::size).containsExactly(1_000, 1_000, 500);
        assertThat(report.counts("movies").created()).isEqualTo(2_500);
        assertThat(progress).first().isEqualTo("start movies");
        assertThat(progress).last().isEqualTo("end");
        assertThat(progress).filteredOn("+1"::equals).hasSize(2_500);
    }

    @Test
    void countsRejectedRowsAndRepeatedIdsAsSkippedWithTheirReasons() {
        List<SourceRow<TmdbMovie>> rows =
                List.of(
                        SourceRow.accepted(1, movie(7)),
                        SourceRow.rejected(2, "title must not be blank"),
                        SourceRow.accepted(3, movie(7)),
                        SourceRow.rejected(4, "title must not be blank"),
                        SourceRow.accepted(5, movie(8)));

        ImportReport report = new TmdbImportService(imports).importMovies(rows, recordingProgress);

        assertThat(imports.batches).hasSize(1).first().asList().hasSize(2);
        assertThat(report.skipped())
                .containsEntry("movies: title must not be blank", 2L)
                .containsEntry("movies: " + BatchedImport.REPEATED_KEY, 1L);
        assertThat(report.skippedRows()).isEqualTo(3);
    }

    @Test
    void importsMovieLensLinksThenMoviesThenRatingsWritingEachUserOnce() {
        List<SourceRow<MovieLensRating>> ratings = new ArrayList<>();
        for (int i = 0; i < MovieLensImportService.RATING_BATCH_SIZE + 10; i++) {
            ratings.add(
                    SourceRow.accepted(
                            i,
                            new MovieLensRating(
                                    1 + i / 30_000,
                                    1 + i,
                                    new Score(new BigDecimal("3.5")),
                                    Instant.ofEpochSecond(964_982_703L + i))));
        }
        MovieLensFiles files =
                new MovieLensFiles() {
                    @Override
                    public Iterable<SourceRow<MovieLensLink>> links() {
                        return List.of(SourceRow.accepted(1, new MovieLensLink(1, null, 862)));
                    }

                    @Override
                    public Iterable<SourceRow<MovieLensMovie>> movies() {
                        return List.of(
                                SourceRow.accepted(
                                        1, MovieLensMovie.of(1, "Toy Story (1995)", "Children")));
                    }

                    @Override
                    public Iterable<SourceRow<MovieLensRating>> ratings() {
                        return ratings;
                    }
                };

        ImportReport report =
                new MovieLensImportService(imports).importDataSet(files, recordingProgress);

        assertThat(progress)
                .filteredOn(line -> line.startsWith("start"))
                .containsExactly("start links", "start movies", "start ratings");
        assertThat(imports.batches)
                .extracting(List::size)
                .containsExactly(1, 1, MovieLensImportService.RATING_BATCH_SIZE, 10);
        assertThat(imports.userBatches)
                .as("the second batch has no new user")
                .containsExactly(List.of(1, 2));
        assertThat(report.counts("users").created()).isEqualTo(2);
        assertThat(report.counts("ratings").created())
                .isEqualTo(MovieLensImportService.RATING_BATCH_SIZE + 10);
    }

    private static TmdbMovie movie(int id) {
        return new TmdbMovie(
                id,
                "Movie " + id,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "en",
                1,
                null,
                0,
                List.of(),
                List.of(),
                List.of());
    }
}

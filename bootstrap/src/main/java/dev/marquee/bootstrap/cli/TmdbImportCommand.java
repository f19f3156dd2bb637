package dev.marquee.bootstrap.cli;

import dev.marquee.domain.port.in.ImportTmdbMoviesUseCase;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code marquee import tmdb FILE}: the TMDB 5000 movies CSV. */
@Command(
        name = "tmdb",
        mixinStandardHelpOptions = true,
        description =
                "Loads a TMDB 5000 movies CSV (tmdb_5000_movies.csv, plain or .gz): movies keyed by TMDB id, "
                        + "with their genres, country, keywords and TMDB's popularity and votes.")
final class TmdbImportCommand implements Callable<Integer> {

    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "Shows this help and exits.")
    boolean help;

    private final CommandEnvironment environment;

    @Parameters(index = "0", paramLabel = "FILE", description = "the movies CSV, .csv or .csv.gz")
    Path file;

    TmdbImportCommand(CommandEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        return new ImportRun(environment)
                .run(
                        file,
                        () -> {
                            CsvFile csv = TmdbCsv.file(file);
                            long rows = csv.check();
                            return new ImportRun.Checked(
                                    rows,
                                    Map.of("movies", rows),
                                    (context, progress) ->
                                            context.bean(ImportTmdbMoviesUseCase.class)
                                                    .importMovies(
                                                            csv.rows(TmdbCsv::movie), progress));
                        });
    }
}

package dev.marquee.bootstrap.cli;

import dev.marquee.domain.imports.MovieLensLink;
import dev.marquee.domain.imports.MovieLensMovie;
import dev.marquee.domain.imports.MovieLensRating;
import dev.marquee.domain.imports.SourceRow;
import dev.marquee.domain.port.in.ImportMovieLensUseCase;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code marquee import movielens DIR}: a MovieLens folder such as ml-latest-small. */
@Command(
        name = "movielens",
        mixinStandardHelpOptions = true,
        description =
                "Loads a MovieLens folder (links, movies and ratings; each .csv or .csv.gz): movies join the "
                        + "catalogue's by TMDB or IMDb id, users become accounts that cannot log in, ratings keep their times.")
final class MovieLensImportCommand implements Callable<Integer> {

    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "Shows this help and exits.")
    boolean help;

    private final CommandEnvironment environment;

    @Parameters(index = "0", paramLabel = "DIR", description = "the MovieLens folder")
    Path directory;

    MovieLensImportCommand(CommandEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        return new ImportRun(environment)
                .run(
                        directory,
                        () -> {
                            MovieLensCsv csv = MovieLensCsv.in(directory);
                            long links = csv.links().check();
                            long movies = csv.movies().check();
                            long ratings = csv.ratings().check();
                            ImportMovieLensUseCase.MovieLensFiles files =
                                    new ImportMovieLensUseCase.MovieLensFiles() {
                                        @Override
                                        public Iterable<SourceRow<MovieLensLink>> links() {
                                            return csv.links().rows(MovieLensCsv::link);
                                        }

                                        @Override
                                        public Iterable<SourceRow<MovieLensMovie>> movies() {
                                            return csv.movies().rows(MovieLensCsv::movie);
                                        }

                                        @Override
                                        public Iterable<SourceRow<MovieLensRating>> ratings() {
                                            return csv.ratings().rows(MovieLensCsv::rating);
                                        }
                                    };
                            return new ImportRun.Checked(
                                    links + movies + ratings,
                                    Map.of("links", links, "movies", movies, "ratings", ratings),
                                    (context, progress) ->
                                            context.bean(ImportMovieLensUseCase.class)
                                                    .importDataSet(files, progress));
                        });
    }
}

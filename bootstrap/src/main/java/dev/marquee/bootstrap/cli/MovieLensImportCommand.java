package dev.marquee.bootstrap.cli;

import dev.marquee.domain.imports.ImportCounts;
import dev.marquee.domain.imports.ImportReport;
import dev.marquee.domain.imports.MovieLensLink;
import dev.marquee.domain.imports.MovieLensMovie;
import dev.marquee.domain.imports.MovieLensRating;
import dev.marquee.domain.imports.SourceRow;
import dev.marquee.domain.port.in.BuildRecommendationModelUseCase;
import dev.marquee.domain.port.in.ImportMovieLensUseCase;
import dev.marquee.domain.recommendation.ModelBuildReport;
import dev.marquee.domain.recommendation.ModelBuildTooLargeException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
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

    @Option(
            names = "--skip-model-build",
            description =
                    "Does not rebuild the recommendation model after the import (by default it is rebuilt when ratings "
                            + "changed); for data sets whose build needs a larger heap: run `recommendations build` later.")
    boolean skipModelBuild;

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
                                                    .importDataSet(files, progress),
                                    this::rebuildModel);
                        });
    }

    /**
     * Rebuilds the recommendation model when the import created, changed or removed ratings, so
     * that recommendations and similar movies reflect them at once rather than at the server's next
     * scheduled rebuild.
     */
    private int rebuildModel(CommandContext context, ImportReport report) {
        ImportCounts ratings = report.counts("ratings");
        if (skipModelBuild || ratings.created() + ratings.updated() + ratings.removed() == 0) {
            return 0;
        }
        environment.out().println("Ratings changed: rebuilding the recommendation model");
        Optional<ModelBuildReport> built;
        try {
            built = context.bean(BuildRecommendationModelUseCase.class).build();
        } catch (ModelBuildTooLargeException e) {
            environment
                    .err()
                    .println(
                            "marquee: the import is done; the recommendation model was not rebuilt: "
                                    + e.getMessage()
                                    + "; "
                                    + RecommendationsBuildCommand.largerHeap(e));
            return 0;
        } catch (RuntimeException e) {
            environment
                    .err()
                    .println(
                            "marquee: the import is done, but rebuilding the recommendation model failed ("
                                    + e.getMessage()
                                    + "); the previous model keeps serving: run `recommendations build`");
            return ImportRun.FAILED;
        }
        environment
                .out()
                .println(
                        built.map(RecommendationsBuildCommand::describe)
                                .orElse(
                                        "Another recommendation build is running against this database; "
                                                + "run `recommendations build` once it is done to include this import"));
        return 0;
    }
}

package dev.marquee.application.recommendation.evaluation;

import dev.marquee.application.recommendation.ContentAwareLookup;
import dev.marquee.application.recommendation.ContentModel;
import dev.marquee.application.recommendation.Interactions;
import dev.marquee.application.recommendation.ModelSettings;
import dev.marquee.application.recommendation.NeighbourLookup;
import dev.marquee.application.recommendation.NeighbourModelBuild;
import dev.marquee.application.recommendation.ScoringSettings;
import dev.marquee.domain.recommendation.ContentNeighbour;
import dev.marquee.domain.recommendation.MovieContent;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.stream.DoubleStream;

/**
 * The offline evaluation: popularity, item-kNN, EASE and Marquee's recommender side by side on one
 * time split of a MovieLens-style folder, each tuned on a validation split carved from the training
 * part alone.
 */
public final class EvaluateRecommendations {

    static final double[] EASE_LAMBDAS = {50, 100, 200, 300, 500, 800, 1200, 2000};
    static final int TUNING_PASSES = 3;

    private final PrintStream out;

    public EvaluateRecommendations(PrintStream out) {
        this.out = out;
    }

    /** Arguments: the MovieLens folder, and optionally the TMDB 5000 movies file for keywords. */
    public static void main(String[] args) {
        Path folder =
                Path.of(args.length > 0 ? args[0] : "../shared/datasets/movielens-latest-small");
        new EvaluateRecommendations(System.out)
                .run(folder, args.length > 1 ? Path.of(args[1]) : null);
    }

    /** The evaluation with content from the folder's genres only. */
    public List<EvaluationResult> run(Path folder) {
        return run(folder, null);
    }

    /**
     * The evaluation; the content model reads the folder's genres and, when {@code tmdbFile} is
     * given, TMDB's genres and keywords of the movies it describes.
     */
    public List<EvaluationResult> run(Path folder, Path tmdbFile) {
        long started = System.nanoTime();
        Interactions all = new MovieLensFolder(folder).load();
        long contentStarted = System.nanoTime();
        List<MovieContent> features = MovieLensContent.read(folder, tmdbFile);
        List<ContentNeighbour> content = ContentModel.build(features, TunedSettings.CONTENT);
        out.printf(
                Locale.ROOT,
                "content model (%s): %d movies with features, %d rows (%.1f s)%n",
                tmdbFile == null
                        ? "genres of movies.csv"
                        : "with TMDB genres and keywords of " + tmdbFile,
                features.size(),
                content.size(),
                (System.nanoTime() - contentStarted) / 1e9);
        TimeSplit test = TimeSplit.of(all);
        TimeSplit validation = TimeSplit.of(test.training());
        out.printf(
                Locale.ROOT,
                "%s: %d users, %d movies, %d ratings; %d test users, %d validation users (%.1f s)%n",
                folder,
                all.userCount(),
                all.catalogue().size(),
                all.ratingCount(),
                test.evaluatedUsers().length,
                validation.evaluatedUsers().length,
                (System.nanoTime() - started) / 1e9);

        out.print("\nValidation (tuning)\n\n" + EvaluationTable.header());
        Recommender ease =
                Tuning.best(
                        DoubleStream.of(EASE_LAMBDAS).mapToObj(EaseRecommender::new).toList(),
                        validation,
                        this::printRow);

        double lambda = ((EaseRecommender) ease).lambda();
        MarqueeTuning.Candidate start =
                new MarqueeTuning.Candidate(
                        new ModelSettings(lambda, 0, 100, 1, 20, 0, 0, 0, 100),
                        new ScoringSettings(0, 0, 0, 10, 0));
        MarqueeTuning.Candidate marquee =
                new MarqueeTuning(validation, content, this::printRow).tune(start, TUNING_PASSES);
        boolean asServed =
                marquee.equals(
                        new MarqueeTuning.Candidate(TunedSettings.MODEL, TunedSettings.SCORING));
        out.println(
                asServed
                        ? "\nThe chosen settings are TunedSettings, the ones a production build uses."
                        : "\nThe chosen settings differ from TunedSettings: update them to serve what was evaluated.");

        List<Recommender> chosen =
                List.of(
                        new PopularityRecommender(),
                        new ItemKnnRecommender(100),
                        ease,
                        marquee.recommender(withContent(content)));
        out.print("\nTest\n\n" + EvaluationTable.header());
        List<EvaluationResult> results = new ArrayList<>();
        for (Recommender recommender : chosen) {
            EvaluationResult result = OfflineEvaluation.run(recommender, test);
            printRow(result);
            results.add(result);
        }
        out.print(
                "\nTest, each idea taken out of the chosen model in turn (for the record, not for choosing)\n\n"
                        + EvaluationTable.header());
        Ablations.of(marquee)
                .forEach(
                        (name, candidate) -> {
                            EvaluationResult result =
                                    OfflineEvaluation.run(
                                            candidate.recommender(withContent(content)), test);
                            printRow(
                                    new EvaluationResult(
                                            "Marquee " + name,
                                            result.settings(),
                                            result.ndcgAt10(),
                                            result.recallAt20(),
                                            result.coverage(),
                                            result.users(),
                                            result.seconds()));
                        });
        return results;
    }

    /** The production build of the collaborative table, with the content rows beside it. */
    static BiFunction<Interactions, ModelSettings, NeighbourLookup> withContent(
            List<ContentNeighbour> content) {
        return (training, model) ->
                new ContentAwareLookup(NeighbourModelBuild.run(training, model), content);
    }

    private void printRow(EvaluationResult result) {
        out.print(EvaluationTable.row(result));
        out.flush();
    }
}

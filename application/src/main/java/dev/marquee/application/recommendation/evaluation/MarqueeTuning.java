package dev.marquee.application.recommendation.evaluation;

import dev.marquee.application.recommendation.ContentAwareLookup;
import dev.marquee.application.recommendation.EaseModel;
import dev.marquee.application.recommendation.Interactions;
import dev.marquee.application.recommendation.ItemNeighbours;
import dev.marquee.application.recommendation.ModelSettings;
import dev.marquee.application.recommendation.NeighbourLookup;
import dev.marquee.application.recommendation.NeighbourModelBuild;
import dev.marquee.application.recommendation.ScoringSettings;
import dev.marquee.domain.recommendation.ContentNeighbour;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Chooses Marquee's settings on the validation split only: one setting at a time over a small grid,
 * in a fixed order, keeping a value only when it raises validation NDCG@10. Every setting tried is
 * reported.
 */
public final class MarqueeTuning {

    /** One point of the search: how the table is built and how a history is scored against it. */
    public record Candidate(ModelSettings model, ScoringSettings scoring) {

        public MarqueeRecommender recommender(
                BiFunction<Interactions, ModelSettings, ? extends NeighbourLookup> tables) {
            return new MarqueeRecommender(
                    model.toString(), training -> tables.apply(training, model), scoring);
        }
    }

    /**
     * {@code margin}: how much a candidate must beat the best so far to replace it (0 for the
     * existing settings).
     */
    private record Step(String name, Function<Candidate, List<Candidate>> grid, double margin) {

        Step(String name, Function<Candidate, List<Candidate>> grid) {
            this(name, grid, 0);
        }
    }

    /**
     * Switching the content term on must raise validation NDCG@10 by more than this: neighbouring
     * grid points of the existing settings scatter by up to about 0.002 with no trend
     * (docs/recommendations.md), so a smaller rise is no evidence that a new component pays.
     */
    static final double CONTENT_MARGIN = 0.002;

    private final TimeSplit validation;
    private final List<ContentNeighbour> content;
    private final Consumer<EvaluationResult> tried;
    private final Map<String, ItemNeighbours> similar = new HashMap<>();
    private EaseModel ease;
    private String easeKey = "";

    /** {@code content}: the content model's rows, static content, the same for every split. */
    public MarqueeTuning(
            TimeSplit validation,
            List<ContentNeighbour> content,
            Consumer<EvaluationResult> tried) {
        this.validation = validation;
        this.content = content;
        this.tried = tried;
    }

    /** Passes over every setting until a pass changes nothing or {@code maxPasses} are done. */
    public Candidate tune(Candidate start, int maxPasses) {
        Candidate best = start;
        double bestNdcg = evaluate(start, "start");
        for (int pass = 1; pass <= maxPasses; pass++) {
            Candidate passStart = best;
            for (Step step : steps()) {
                for (Candidate candidate : step.grid().apply(best)) {
                    double ndcg = evaluate(candidate, "pass " + pass + ", " + step.name());
                    boolean switchesContentOn =
                            best.scoring().contentWeight() == 0
                                    && candidate.scoring().contentWeight() > 0;
                    if (ndcg > bestNdcg + (switchesContentOn ? step.margin() : 0)) {
                        best = candidate;
                        bestNdcg = ndcg;
                    }
                }
            }
            if (best.equals(passStart)) {
                break;
            }
        }
        return best;
    }

    private double evaluate(Candidate candidate, String step) {
        EvaluationResult result =
                OfflineEvaluation.run(candidate.recommender(this::table), validation);
        tried.accept(
                new EvaluationResult(
                        result.model() + " (" + step + ")",
                        result.settings(),
                        result.ndcgAt10(),
                        result.recallAt20(),
                        result.coverage(),
                        result.users(),
                        result.seconds()));
        return result.ndcgAt10();
    }

    private NeighbourLookup table(Interactions training, ModelSettings settings) {
        if (training != validation.training()) {
            throw new IllegalArgumentException(
                    "tuning builds on the validation split's training part only");
        }
        String key = settings.lambda() + "/" + settings.trainingEmphasis();
        String tableKey = key + "/" + settings.similarCount() + "/" + settings.minRatings();
        ItemNeighbours neighbours =
                similar.computeIfAbsent(
                        tableKey,
                        k -> {
                            if (!key.equals(easeKey)) {
                                ease =
                                        EaseModel.fit(
                                                validation.training(),
                                                settings.ratingValue(),
                                                settings.lambda());
                                easeKey = key;
                            }
                            return ease.neighbours(settings.similarCount(), settings.minRatings());
                        });
        return new ContentAwareLookup(
                NeighbourModelBuild.withSimilar(validation.training(), settings, neighbours),
                content);
    }

    private static List<Step> steps() {
        return List.of(
                scoring(
                        "recency half-life",
                        List.of(0.0, 3.0, 5.0, 7.0, 10.0, 15.0, 20.0, 40.0),
                        (s, h) -> s.withRecencyHalfLife(h)),
                scoring(
                        "rating emphasis",
                        List.of(0.0, 0.25, 0.5, 0.75, 1.0, 1.5),
                        (s, e) -> s.withRatingEmphasis(e)),
                model(
                        "training emphasis",
                        List.of(0.0, 0.25, 0.5, 0.75, 1.0),
                        (m, e) -> m.withTrainingEmphasis(e)),
                scoring(
                        "next-item weight",
                        List.of(0.0, 0.05, 0.1, 0.15, 0.2, 0.3, 0.5),
                        (s, w) -> s.withSequenceWeight(w)),
                scoring(
                        "next-item history window",
                        List.of(1, 3, 5, 10, 20),
                        (s, w) -> s.withSequenceWindow(w)),
                model(
                        "next-item build window",
                        List.of(5, 10, 20, 50),
                        (m, w) -> m.withNextWindow(w)),
                model(
                        "next-item step discount",
                        List.of(0.0, 0.5, 1.0),
                        (m, d) -> m.withNextStepDiscount(d)),
                model(
                        "next-item popularity damping",
                        List.of(0.0, 0.25, 0.5),
                        (m, d) -> m.withNextDamping(d)),
                nextItemShrinkage(),
                model("next-item k", List.of(50, 100, 200), (m, k) -> m.withNextCount(k)),
                scoring(
                        "popularity weight",
                        List.of(0.0, 0.01, 0.03, 0.1),
                        (s, p) -> s.withPopularityWeight(p)),
                model(
                        "EASE lambda",
                        List.of(100.0, 200.0, 300.0, 500.0, 800.0),
                        (m, l) -> m.withLambda(l)),
                model("EASE min ratings", List.of(1, 2, 3, 5), (m, r) -> m.withMinRatings(r)),
                model("EASE k", List.of(25, 50, 100, 200, 400), (m, k) -> m.withSimilarCount(k)),
                content());
    }

    /**
     * The content term's weight, 0 included, jointly with the candidates it applies to: all, or
     * only those with at most a given popularity (1% of the most rated movie's count, or none);
     * switching it on must clear {@link #CONTENT_MARGIN}.
     */
    private static Step content() {
        return new Step(
                "content weight, for candidates of popularity <= 1, 0.01 or 0",
                best -> {
                    List<Candidate> grid = new ArrayList<>();
                    grid.add(
                            new Candidate(
                                    best.model(),
                                    best.scoring()
                                            .withContentWeight(0)
                                            .withContentMaxPopularity(1)));
                    for (double weight : List.of(0.003, 0.01, 0.03, 0.1, 0.3)) {
                        for (double maxPopularity : List.of(1.0, 0.01, 0.0)) {
                            grid.add(
                                    new Candidate(
                                            best.model(),
                                            best.scoring()
                                                    .withContentWeight(weight)
                                                    .withContentMaxPopularity(maxPopularity)));
                        }
                    }
                    return grid.stream().filter(candidate -> !candidate.equals(best)).toList();
                },
                CONTENT_MARGIN);
    }

    /**
     * Shrinkage lowers every next-item weight, so it is tried together with a larger next-item
     * weight.
     */
    private static Step nextItemShrinkage() {
        return new Step(
                "next-item shrinkage, with weight x1 or x1.5",
                best -> {
                    List<Candidate> grid = new ArrayList<>();
                    for (double shrinkage : List.of(0.0, 1.0, 3.0, 10.0, 30.0)) {
                        for (double factor : List.of(1.0, 1.5)) {
                            ModelSettings m = best.model();
                            ScoringSettings s = best.scoring();
                            grid.add(
                                    new Candidate(
                                            m.withNextShrinkage(shrinkage),
                                            s.withSequenceWeight(s.sequenceWeight() * factor)));
                        }
                    }
                    return grid.stream().filter(candidate -> !candidate.equals(best)).toList();
                });
    }

    private static <T> Step scoring(
            String name, List<T> values, BiFunction<ScoringSettings, T, ScoringSettings> set) {
        return new Step(
                name,
                best ->
                        values.stream()
                                .map(
                                        value ->
                                                new Candidate(
                                                        best.model(),
                                                        set.apply(best.scoring(), value)))
                                .filter(candidate -> !candidate.equals(best))
                                .toList());
    }

    private static <T> Step model(
            String name, List<T> values, BiFunction<ModelSettings, T, ModelSettings> set) {
        return new Step(
                name,
                best ->
                        values.stream()
                                .map(
                                        value ->
                                                new Candidate(
                                                        set.apply(best.model(), value),
                                                        best.scoring()))
                                .filter(candidate -> !candidate.equals(best))
                                .toList());
    }
}

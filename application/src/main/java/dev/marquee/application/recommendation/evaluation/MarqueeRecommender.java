package dev.marquee.application.recommendation.evaluation;

import dev.marquee.application.recommendation.Catalogue;
import dev.marquee.application.recommendation.Interactions;
import dev.marquee.application.recommendation.NeighbourLookup;
import dev.marquee.application.recommendation.RatedMovie;
import dev.marquee.application.recommendation.RecommendationScorer;
import dev.marquee.application.recommendation.ScoringSettings;
import dev.marquee.application.recommendation.UserHistory;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Marquee's recommender as served: a built neighbour table, scored per user by {@link
 * RecommendationScorer}.
 */
public final class MarqueeRecommender implements Recommender {

    private final String settings;
    private final ScoringSettings scoring;
    private final Function<Interactions, NeighbourLookup> build;

    /**
     * {@code build} makes the table from training data; {@code describedBuild} says how, for the
     * report.
     */
    public MarqueeRecommender(
            String describedBuild,
            Function<Interactions, NeighbourLookup> build,
            ScoringSettings scoring) {
        this.settings = describedBuild + "; " + scoring;
        this.build = build;
        this.scoring = scoring;
    }

    @Override
    public String name() {
        return "Marquee";
    }

    @Override
    public String settings() {
        return settings;
    }

    @Override
    public Ranker train(Interactions training) {
        RecommendationScorer scorer = new RecommendationScorer(build.apply(training), scoring);
        Catalogue catalogue = training.catalogue();
        return (user, count) ->
                scorer.rank(history(catalogue, training.user(user)), Set.of(), count).stream()
                        .mapToInt(movie -> catalogue.itemOf(movie.movieId()))
                        .toArray();
    }

    static List<RatedMovie> history(Catalogue catalogue, UserHistory user) {
        List<RatedMovie> rated = new ArrayList<>(user.size());
        for (int i = 0; i < user.size(); i++) {
            rated.add(
                    new RatedMovie(
                            catalogue.movieId(user.item(i)), user.rating(i), user.ratedAt(i)));
        }
        return rated;
    }
}

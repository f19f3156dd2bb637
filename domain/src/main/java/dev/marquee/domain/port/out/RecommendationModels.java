package dev.marquee.domain.port.out;

import dev.marquee.domain.recommendation.BuiltModel;
import dev.marquee.domain.recommendation.ContentNeighbour;
import dev.marquee.domain.recommendation.ModelNeighbours;
import dev.marquee.domain.recommendation.MovieContent;
import dev.marquee.domain.recommendation.MoviePopularity;
import dev.marquee.domain.recommendation.NeighbourKind;
import dev.marquee.domain.recommendation.RatingsShape;
import dev.marquee.domain.recommendation.RecordedRating;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The stored recommendation models: one active version that requests read, and the builds that
 * replace it.
 */
public interface RecommendationModels {

    /**
     * Runs the work while holding the one build lock of the database; empty, without running it,
     * when another holds it.
     */
    <T> Optional<T> exclusively(Supplier<T> work);

    /** How many ratings, raters and rated movies a build would read now. */
    RatingsShape ratingsShape();

    /** How many movies the catalogue holds: the most a content model can describe. */
    long movieCount();

    /** Every stored rating, the input of a build. */
    List<RecordedRating> allRatings();

    /**
     * Every movie's content (genres, keywords, cast), the input of the content model; movies with
     * none are left out.
     */
    List<MovieContent> allMovieContent();

    /**
     * Stores the model as a new version and makes it the active one, removing older versions, all
     * atomically; its version, higher than any before. Rows naming a movie that does not exist (any
     * more) are left out.
     */
    long publish(BuiltModel model);

    /**
     * The active model's neighbour lists of the movies asked for each kind (for example the similar
     * movies of a user's last 60 ratings and the rated-after movies of the last 20), read at most
     * once per movie and kind; empty before the first build.
     */
    ModelNeighbours neighboursOf(Map<NeighbourKind, ? extends Collection<Long>> sources);

    /**
     * The active model's popularity of each of these movies that it has one for, 0 to 1; movies
     * without one are left out.
     */
    Map<Long, Double> popularityOf(Collection<Long> movieIds);

    /**
     * The active model's content rows of these movies, by movie, strongest first, each with its
     * neighbour's popularity.
     */
    List<ContentNeighbour> contentNeighboursOf(Collection<Long> movies);

    /** The active model's most popular movies, most popular first, ties to the lower id. */
    List<MoviePopularity> mostPopular(int count);

    /** The active model's version, empty before the first build. */
    Optional<Long> activeVersion();
}

package dev.marquee.application.recommendation;

import dev.marquee.domain.recommendation.ContentFeature;
import dev.marquee.domain.recommendation.ContentNeighbour;
import dev.marquee.domain.recommendation.NeighbourList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A model with its content part: the collaborative lookup as it is, plus each movie's content
 * neighbours and, for a reason, the features each pair shares.
 */
public final class ContentAwareLookup implements NeighbourLookup {

    private record Pair(long movieId, long neighbourId) {}

    private final NeighbourLookup collaborative;
    private final Map<Long, NeighbourList> content = new HashMap<>();
    private final Map<Pair, List<ContentFeature>> shared = new HashMap<>();
    private final Map<Long, Double> popularity = new HashMap<>();

    /**
     * {@code rows} by movie (each movie's together), each movie's strongest first, as {@link
     * ContentModel#build} and the stored model give them.
     */
    public ContentAwareLookup(NeighbourLookup collaborative, List<ContentNeighbour> rows) {
        this.collaborative = collaborative;
        for (int from = 0; from < rows.size(); ) {
            long movie = rows.get(from).movieId();
            int to = from;
            while (to < rows.size() && rows.get(to).movieId() == movie) {
                to++;
            }
            long[] neighbours = new long[to - from];
            double[] weights = new double[to - from];
            for (int i = from; i < to; i++) {
                ContentNeighbour row = rows.get(i);
                neighbours[i - from] = row.neighbourId();
                weights[i - from] = row.weight();
                shared.put(new Pair(movie, row.neighbourId()), row.shared());
                popularity.merge(row.neighbourId(), row.neighbourPopularity(), Math::max);
            }
            content.put(movie, new NeighbourList(neighbours, weights));
            from = to;
        }
    }

    @Override
    public NeighbourList similarTo(long movieId) {
        return collaborative.similarTo(movieId);
    }

    @Override
    public NeighbourList ratedAfter(long movieId) {
        return collaborative.ratedAfter(movieId);
    }

    @Override
    public NeighbourList similarByContent(long movieId) {
        return content.getOrDefault(movieId, NeighbourList.NONE);
    }

    /**
     * The popularity the collaborative part knows or the content rows carried, whichever read it (a
     * request reads the collaborative rows' popularity only when it is weighed, the content rows'
     * always; an offline table knows it for every movie and its content rows carry 0).
     */
    @Override
    public double popularity(long movieId) {
        return Math.max(collaborative.popularity(movieId), popularity.getOrDefault(movieId, 0.0));
    }

    @Override
    public List<Long> mostPopular(int count) {
        return collaborative.mostPopular(count);
    }

    /** The features of {@code movieId} and its content neighbour that gave most of their weight. */
    public List<ContentFeature> sharedFeatures(long movieId, long neighbourId) {
        return shared.getOrDefault(new Pair(movieId, neighbourId), List.of());
    }
}

package dev.marquee.application.recommendation;

import dev.marquee.domain.recommendation.ContentFeature;
import dev.marquee.domain.recommendation.ContentNeighbour;
import dev.marquee.domain.recommendation.MovieContent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongToDoubleFunction;

/**
 * The content model's build: each movie's features (genres, keywords, cast) weighted by IDF, {@code
 * ln(movies / movies with the feature)}, so a rare keyword or actor counts more than "Drama"; the
 * cosine of two movies' weighted vectors is their similarity, and each movie keeps its strongest
 * neighbours. Pairs are found through an inverted index (feature to movies), so only movies sharing
 * a feature are ever compared. Deterministic: movies in id order, ties to the lower id.
 */
public final class ContentModel {

    private ContentModel() {}

    /**
     * The content rows of every movie with features, by movie id, each movie's strongest first;
     * popularity 0 (an offline table knows it already).
     */
    public static List<ContentNeighbour> build(
            List<MovieContent> movies, ContentSettings settings) {
        return build(movies, settings, movie -> 0);
    }

    /** The content rows, each carrying its neighbour's {@code popularity}. */
    public static List<ContentNeighbour> build(
            List<MovieContent> movies, ContentSettings settings, LongToDoubleFunction popularity) {
        List<MovieContent> sorted = new ArrayList<>(movies);
        sorted.sort((a, b) -> Long.compare(a.movieId(), b.movieId()));
        int count = sorted.size();
        Map<String, Integer> featureIndex = new HashMap<>();
        List<ContentFeature> featureOf = new ArrayList<>();
        int[][] featuresOfMovie = new int[count][];
        for (int m = 0; m < count; m++) {
            Map<String, ContentFeature> distinct = new LinkedHashMap<>();
            for (ContentFeature feature : sorted.get(m).features()) {
                distinct.putIfAbsent(feature.key(), feature);
            }
            int[] indices = new int[distinct.size()];
            int next = 0;
            for (Map.Entry<String, ContentFeature> feature : distinct.entrySet()) {
                Integer index = featureIndex.get(feature.getKey());
                if (index == null) {
                    index = featureOf.size();
                    featureIndex.put(feature.getKey(), index);
                    featureOf.add(feature.getValue());
                }
                indices[next++] = index;
            }
            Arrays.sort(indices);
            featuresOfMovie[m] = indices;
        }
        int features = featureOf.size();
        int[] documentFrequency = new int[features];
        for (int[] ofMovie : featuresOfMovie) {
            for (int feature : ofMovie) {
                documentFrequency[feature]++;
            }
        }
        double[] idf = new double[features];
        long maxHolders = (long) Math.floor(settings.maxFeatureShare() * count);
        for (int f = 0; f < features; f++) {
            idf[f] =
                    documentFrequency[f] > maxHolders
                            ? 0
                            : Math.log((double) count / documentFrequency[f]);
        }
        double[] norm = new double[count];
        for (int m = 0; m < count; m++) {
            double sum = 0;
            for (int feature : featuresOfMovie[m]) {
                sum += idf[feature] * idf[feature];
            }
            norm[m] = Math.sqrt(sum);
        }
        int[][] holders = holders(featuresOfMovie, documentFrequency, idf);

        List<ContentNeighbour> rows = new ArrayList<>();
        double[] dot = new double[count];
        int[] touched = new int[count];
        TopK top = new TopK(settings.neighbours());
        for (int m = 0; m < count; m++) {
            if (norm[m] == 0) {
                continue;
            }
            int reached = 0;
            for (int feature : featuresOfMovie[m]) {
                double weight = idf[feature] * idf[feature];
                for (int other : holders[feature]) {
                    if (other != m) {
                        if (dot[other] == 0) {
                            touched[reached++] = other;
                        }
                        dot[other] += weight;
                    }
                }
            }
            top.clear();
            for (int i = 0; i < reached; i++) {
                int other = touched[i];
                top.offer(other, dot[other] / (norm[m] * norm[other]));
                dot[other] = 0;
            }
            int[] kept = top.drain();
            for (int i = 0; i < kept.length; i++) {
                int other = kept[i];
                rows.add(
                        new ContentNeighbour(
                                sorted.get(m).movieId(),
                                sorted.get(other).movieId(),
                                top.weightOf(i),
                                shared(
                                        featuresOfMovie[m],
                                        featuresOfMovie[other],
                                        idf,
                                        featureOf,
                                        settings.sharedShown()),
                                popularity.applyAsDouble(sorted.get(other).movieId())));
            }
        }
        return rows;
    }

    /** For each feature with a weight held by two movies or more, the movies holding it. */
    private static int[][] holders(int[][] featuresOfMovie, int[] frequency, double[] idf) {
        int[][] holders = new int[frequency.length][];
        int[] filled = new int[frequency.length];
        for (int f = 0; f < frequency.length; f++) {
            holders[f] = idf[f] > 0 && frequency[f] >= 2 ? new int[frequency[f]] : new int[0];
        }
        for (int m = 0; m < featuresOfMovie.length; m++) {
            for (int feature : featuresOfMovie[m]) {
                if (holders[feature].length > 0) {
                    holders[feature][filled[feature]++] = m;
                }
            }
        }
        return holders;
    }

    /**
     * The shared features (both sorted by index) that add most to the pair's dot product, largest
     * first, ties to the feature first seen.
     */
    private static List<ContentFeature> shared(
            int[] a, int[] b, double[] idf, List<ContentFeature> featureOf, int count) {
        List<Integer> common = new ArrayList<>();
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] == b[j]) {
                if (idf[a[i]] > 0) {
                    common.add(a[i]);
                }
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        common.sort(
                (x, y) -> {
                    int byWeight = Double.compare(idf[y], idf[x]);
                    return byWeight != 0 ? byWeight : Integer.compare(x, y);
                });
        return common.stream().limit(count).map(featureOf::get).toList();
    }

    /** The k best (weight, movie) pairs: highest weight first, ties to the lower movie index. */
    private static final class TopK {

        private final int k;
        private final int[] movies;
        private final double[] weights;
        private int size;
        private double[] drained = new double[0];

        TopK(int k) {
            this.k = k;
            this.movies = new int[k];
            this.weights = new double[k];
        }

        void clear() {
            size = 0;
        }

        /** a ranks below b: lower weight, or the same weight and a higher index. */
        private boolean below(int a, int b) {
            return weights[a] < weights[b] || (weights[a] == weights[b] && movies[a] > movies[b]);
        }

        void offer(int movie, double weight) {
            if (k == 0 || weight <= 0) {
                return;
            }
            if (size < k) {
                movies[size] = movie;
                weights[size] = weight;
                siftUp(size++);
            } else if (weight > weights[0] || (weight == weights[0] && movie < movies[0])) {
                movies[0] = movie;
                weights[0] = weight;
                siftDown(0);
            }
        }

        /** The kept movies, best first; {@link #weightOf} gives their weights. */
        int[] drain() {
            Integer[] order = new Integer[size];
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            Arrays.sort(
                    order,
                    (a, b) -> {
                        int byWeight = Double.compare(weights[b], weights[a]);
                        return byWeight != 0 ? byWeight : Integer.compare(movies[a], movies[b]);
                    });
            int[] best = new int[size];
            drained = new double[size];
            for (int i = 0; i < size; i++) {
                best[i] = movies[order[i]];
                drained[i] = weights[order[i]];
            }
            return best;
        }

        double weightOf(int rank) {
            return drained[rank];
        }

        private void siftUp(int i) {
            while (i > 0) {
                int parent = (i - 1) / 2;
                if (!below(i, parent)) {
                    return;
                }
                swap(i, parent);
                i = parent;
            }
        }

        private void siftDown(int i) {
            while (true) {
                int left = 2 * i + 1;
                int right = left + 1;
                int lowest = i;
                if (left < size && below(left, lowest)) {
                    lowest = left;
                }
                if (right < size && below(right, lowest)) {
                    lowest = right;
                }
                if (lowest == i) {
                    return;
                }
                swap(i, lowest);
                i = lowest;
            }
        }

        private void swap(int a, int b) {
            int movie = movies[a];
            movies[a] = movies[b];
            movies[b] = movie;
            double weight = weights[a];
            weights[a] = weights[b];
            weights[b] = weight;
        }
    }
}

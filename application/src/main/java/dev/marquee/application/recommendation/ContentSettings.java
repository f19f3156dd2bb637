package dev.marquee.application.recommendation;

import java.util.Locale;

/**
 * How the content model is built: each movie keeps its {@code neighbours} most similar movies;
 * features held by more than {@code maxFeatureShare} of the movies are left out (they say little,
 * IDF near 0, and would make the inverted index nearly all-pairs); each row names its {@code
 * sharedShown} strongest shared features.
 */
public record ContentSettings(int neighbours, double maxFeatureShare, int sharedShown) {

    public ContentSettings {
        if (neighbours < 0 || maxFeatureShare <= 0 || maxFeatureShare > 1 || sharedShown < 0) {
            throw new IllegalArgumentException(
                    "content neighbours and shown features cannot be negative, the share is in (0, 1]");
        }
    }

    @Override
    public String toString() {
        return String.format(
                Locale.ROOT, "content k=%d max feature share=%s", neighbours, maxFeatureShare);
    }
}

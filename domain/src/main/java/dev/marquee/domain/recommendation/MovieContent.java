package dev.marquee.domain.recommendation;

import java.util.List;

/** A movie's content as a build reads it: its genres, keywords and cast. */
public record MovieContent(long movieId, List<ContentFeature> features) {

    public MovieContent {
        features = List.copyOf(features);
    }
}

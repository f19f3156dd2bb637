package dev.marquee.domain.recommendation;

/** A movie's popularity in a model, from 0 to 1 (its rating count over the most rated movie's). */
public record MoviePopularity(long movieId, double popularity) {

    public MoviePopularity {
        if (!(popularity >= 0 && popularity <= 1)) {
            throw new IllegalArgumentException(
                    "popularity must be between 0 and 1, was " + popularity);
        }
    }
}

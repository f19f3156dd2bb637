package dev.marquee.application.recommendation;

import dev.marquee.domain.recommendation.RatingsShape;

/**
 * The heap a model build needs, estimated from the shape of its input before anything is loaded:
 * the users' side EASE solve keeps two users-by-users matrices and one users-by-movies matrix of
 * doubles, and the ratings are held as objects (about {@value #BYTES_PER_RATING} bytes each, from
 * the record, its event and the sparse matrices); half as much again for everything else. On
 * ml-latest-small (610 users, 9,724 movies, 100,836 ratings) that is 104 MiB, against a measured
 * peak of 96 to 106 MiB. The content model adds its rows (about {@value #BYTES_PER_CONTENT_ROW}
 * bytes each, {@code k} per movie: 40 MiB measured for 485,500 rows) and each movie's features
 * (about {@value #BYTES_PER_DESCRIBED_MOVIE} bytes), counted as if every catalogue movie had
 * features; both parts are added, though the content is built after the collaborative matrices are
 * released.
 */
final class ModelBuildFootprint {

    static final long BYTES_PER_RATING = 160;
    static final long BYTES_PER_CONTENT_ROW = 100;
    static final long BYTES_PER_DESCRIBED_MOVIE = 1_000;
    private static final double HEADROOM = 1.5;

    private ModelBuildFootprint() {}

    static long estimateBytes(RatingsShape shape) {
        double users = shape.users();
        double denseMatrices = Double.BYTES * (2 * users * users + users * shape.movies());
        double ratings = (double) BYTES_PER_RATING * shape.ratings();
        return (long) Math.min(Long.MAX_VALUE, HEADROOM * (denseMatrices + ratings));
    }

    /** The collaborative part's estimate plus a content model of {@code movies} movies. */
    static long estimateBytes(RatingsShape shape, long movies, int contentNeighbours) {
        double content =
                (double) movies
                        * (BYTES_PER_DESCRIBED_MOVIE
                                + (double) BYTES_PER_CONTENT_ROW * contentNeighbours);
        return (long) Math.min(Long.MAX_VALUE, estimateBytes(shape) + content);
    }
}

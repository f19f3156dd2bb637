package dev.marquee.domain.recommendation;

/**
 * A model build refused before it started, because its estimated memory exceeds what this process
 * may use: it is run as its own process with a larger heap instead (nothing was changed).
 */
public final class ModelBuildTooLargeException extends RuntimeException {

    private static final long MIB = 1024 * 1024;

    private final RatingsShape shape;
    private final long neededBytes;
    private final long availableBytes;

    public ModelBuildTooLargeException(RatingsShape shape, long neededBytes, long availableBytes) {
        super(
                String.format(
                        java.util.Locale.ROOT,
                        "the recommendation build over %,d ratings of %,d users on %,d movies needs about %,d MiB of heap"
                                + " and this process may use %,d MiB",
                        shape.ratings(),
                        shape.users(),
                        shape.movies(),
                        neededBytes / MIB,
                        availableBytes / MIB));
        this.shape = shape;
        this.neededBytes = neededBytes;
        this.availableBytes = availableBytes;
    }

    public RatingsShape shape() {
        return shape;
    }

    public long neededBytes() {
        return neededBytes;
    }

    public long availableBytes() {
        return availableBytes;
    }
}

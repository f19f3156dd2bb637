package dev.marquee.application.recommendation;

/**
 * The build step: from every user's ratings to the neighbour table that requests are scored from.
 */
public final class NeighbourModelBuild {

    private NeighbourModelBuild() {}

    public static NeighbourTable run(Interactions training, ModelSettings settings) {
        EaseModel ease = EaseModel.fit(training, settings.ratingValue(), settings.lambda());
        return withSimilar(
                training,
                settings,
                ease.neighbours(settings.similarCount(), settings.minRatings()));
    }

    /**
     * The table from already computed item-item neighbours, adding the next-item model and
     * popularity.
     */
    public static NeighbourTable withSimilar(
            Interactions training, ModelSettings settings, ItemNeighbours similar) {
        ItemNeighbours next =
                NextItemNeighbours.build(
                        training,
                        settings.nextWindow(),
                        settings.nextStepDiscount(),
                        settings.nextDamping(),
                        settings.nextShrinkage(),
                        settings.nextCount());
        return NeighbourTable.of(training.catalogue(), similar, next, training.ratingsPerItem());
    }
}

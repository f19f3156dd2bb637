package dev.marquee.application.recommendation.evaluation;

import dev.marquee.application.recommendation.ContentAwareLookup;
import dev.marquee.application.recommendation.ContentModel;
import dev.marquee.application.recommendation.EaseModel;
import dev.marquee.application.recommendation.Interactions;
import dev.marquee.application.recommendation.ItemNeighbours;
import dev.marquee.application.recommendation.ModelSettings;
import dev.marquee.application.recommendation.NeighbourLookup;
import dev.marquee.application.recommendation.NeighbourTable;
import dev.marquee.application.recommendation.NextItemNeighbours;
import dev.marquee.application.recommendation.RatedMovie;
import dev.marquee.application.recommendation.RecommendationScorer;
import dev.marquee.domain.recommendation.ContentNeighbour;
import dev.marquee.domain.recommendation.MovieContent;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Times the production build (every rating, the settings tuned on validation), reports its peak
 * heap, and times the scorer per user against the built table held in memory.
 */
public final class MeasureModelBuild {

    private MeasureModelBuild() {}

    public static void main(String[] args) {
        Path folder =
                Path.of(args.length > 0 ? args[0] : "../shared/datasets/movielens-latest-small");
        ModelSettings settings = TunedSettings.MODEL;
        long started = System.nanoTime();
        Interactions all = new MovieLensFolder(folder).load();
        double loaded = seconds(started);
        EaseModel ease = EaseModel.fit(all, settings.ratingValue(), settings.lambda());
        double fitted = seconds(started);
        ItemNeighbours similar = ease.neighbours(settings.similarCount(), settings.minRatings());
        double truncated = seconds(started);
        ItemNeighbours next =
                NextItemNeighbours.build(
                        all,
                        settings.nextWindow(),
                        settings.nextStepDiscount(),
                        settings.nextDamping(),
                        settings.nextShrinkage(),
                        settings.nextCount());
        double collaborative = seconds(started);
        List<MovieContent> features =
                MovieLensContent.read(folder, args.length > 1 ? Path.of(args[1]) : null);
        List<ContentNeighbour> content = ContentModel.build(features, TunedSettings.CONTENT);
        double done = seconds(started);
        System.out.printf(
                Locale.ROOT,
                "Production build on %s (%d users, %d movies, %d ratings), %s%n",
                folder,
                all.userCount(),
                all.catalogue().size(),
                all.ratingCount(),
                settings);
        System.out.printf(
                Locale.ROOT,
                "load %.1f s, EASE fit %.1f s, top-%d truncation %.1f s, next-item table %.1f s,"
                        + " content model (read and build) %.1f s; total %.1f s%n",
                loaded,
                fitted - loaded,
                settings.similarCount(),
                truncated - fitted,
                collaborative - truncated,
                done - collaborative,
                done);
        System.out.printf(
                Locale.ROOT,
                "table rows: %d item-item, %d next-item, %d content (%d movies with features);"
                        + " peak heap %d MiB of -Xmx %d MiB%n",
                similar.rowCount(),
                next.rowCount(),
                content.size(),
                features.size(),
                peakHeapMiB(),
                Runtime.getRuntime().maxMemory() >> 20);
        long[] nanos =
                scoringTimes(
                        all,
                        new ContentAwareLookup(
                                NeighbourTable.of(
                                        all.catalogue(), similar, next, all.ratingsPerItem()),
                                content));
        System.out.printf(
                Locale.ROOT,
                "scoring a top 20 from the in-memory table, per user (second pass over all %d):"
                        + " p50 %.2f ms, p95 %.2f ms, max %.2f ms%n",
                nanos.length,
                nanos[nanos.length / 2] / 1e6,
                nanos[(int) (nanos.length * 0.95)] / 1e6,
                nanos[nanos.length - 1] / 1e6);
    }

    private static long[] scoringTimes(Interactions all, NeighbourLookup table) {
        RecommendationScorer scorer = new RecommendationScorer(table, TunedSettings.SCORING);
        long[] nanos = new long[all.userCount()];
        for (int pass = 0; pass < 2; pass++) {
            for (int user = 0; user < all.userCount(); user++) {
                List<RatedMovie> history =
                        MarqueeRecommender.history(all.catalogue(), all.user(user));
                long started = System.nanoTime();
                scorer.recommend(history, Set.of(), 20);
                nanos[user] = System.nanoTime() - started;
            }
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static long peakHeapMiB() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak >> 20;
    }
}

package dev.marquee.application.recommendation.evaluation;

import dev.marquee.application.recommendation.EaseModel;
import dev.marquee.application.recommendation.Interactions;
import dev.marquee.application.recommendation.ItemNeighbours;
import dev.marquee.application.recommendation.ModelSettings;
import dev.marquee.application.recommendation.NextItemNeighbours;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.Locale;

/** Times the production build (every rating, the settings tuned on validation) and reports its peak heap. */
public final class MeasureModelBuild {

    private MeasureModelBuild() {
    }

    public static void main(String[] args) {
        Path folder = Path.of(args.length > 0 ? args[0] : "../shared/datasets/movielens-latest-small");
        ModelSettings settings = TunedSettings.MODEL;
        long started = System.nanoTime();
        Interactions all = new MovieLensFolder(folder).load();
        double loaded = seconds(started);
        EaseModel ease = EaseModel.fit(all, settings.ratingValue(), settings.lambda());
        double fitted = seconds(started);
        ItemNeighbours similar = ease.neighbours(settings.similarCount(), settings.minRatings());
        double truncated = seconds(started);
        ItemNeighbours next = NextItemNeighbours.build(all, settings.nextWindow(), settings.nextStepDiscount(),
                settings.nextDamping(), settings.nextCount());
        double done = seconds(started);
        System.out.printf(Locale.ROOT, "Production build on %s (%d users, %d movies, %d ratings), %s%n", folder,
                all.userCount(), all.catalogue().size(), all.ratingCount(), settings);
        System.out.printf(Locale.ROOT, "load %.1f s, EASE fit %.1f s, top-%d truncation %.1f s, next-item table %.1f s;"
                + " total %.1f s%n", loaded, fitted - loaded, settings.similarCount(), truncated - fitted,
                done - truncated, done);
        System.out.printf(Locale.ROOT, "table rows: %d item-item, %d next-item; peak heap %d MiB of -Xmx %d MiB%n",
                similar.rowCount(), next.rowCount(), peakHeapMiB(), Runtime.getRuntime().maxMemory() >> 20);
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

package dev.marquee.domain.port.out.fakes;

import dev.marquee.domain.imports.ImportCounts;
import dev.marquee.domain.imports.ImportReport;
import dev.marquee.domain.imports.MovieLensLink;
import dev.marquee.domain.imports.MovieLensMovie;
import dev.marquee.domain.imports.MovieLensRating;
import dev.marquee.domain.imports.TmdbMovie;
import dev.marquee.domain.port.out.CatalogueImports;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

/**
 * Keeps every batch it is given, in order, and reports each record as created; holds the import
 * lock like the real one.
 */
public class RecordingCatalogueImports implements CatalogueImports {

    public final List<List<?>> batches = new ArrayList<>();
    public final List<Collection<Integer>> userBatches = new ArrayList<>();
    private boolean locked;

    @Override
    public <T> T exclusively(Supplier<T> work) {
        if (locked) {
            throw new IllegalStateException("another import is running");
        }
        locked = true;
        try {
            return work.get();
        } finally {
            locked = false;
        }
    }

    @Override
    public ImportReport upsertTmdbMovies(List<TmdbMovie> movies) {
        return record("movies", movies);
    }

    @Override
    public ImportReport upsertMovieLensLinks(List<MovieLensLink> links) {
        return record("links", links);
    }

    @Override
    public ImportReport upsertMovieLensMovies(List<MovieLensMovie> movies) {
        return record("movies", movies);
    }

    @Override
    public ImportReport upsertMovieLensUsers(Collection<Integer> userIds) {
        userBatches.add(List.copyOf(userIds));
        return new ImportReport().add("users", ImportCounts.of(userIds.size(), 0, 0));
    }

    @Override
    public ImportReport upsertMovieLensRatings(List<MovieLensRating> ratings) {
        return record("ratings", ratings);
    }

    private ImportReport record(String kind, List<?> batch) {
        batches.add(List.copyOf(batch));
        return new ImportReport().add(kind, ImportCounts.of(batch.size(), 0, 0));
    }
}

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
 * Keeps every batch it is given, in order, and upserts each record on its source key like the real
 * one: new keys are created, equal records unchanged, others updated; holds the import lock like
 * the real one.
 */
public class RecordingCatalogueImports implements CatalogueImports {

    public final List<List<?>> batches = new ArrayList<>();
    public final List<Collection<Integer>> userBatches = new ArrayList<>();
    private final java.util.Map<String, java.util.Map<Object, Object>> stored =
            new java.util.HashMap<>();
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
        return record("movies", movies, TmdbMovie::tmdbId);
    }

    @Override
    public ImportReport upsertMovieLensLinks(List<MovieLensLink> links) {
        return record("links", links, MovieLensLink::movieLensId);
    }

    @Override
    public ImportReport upsertMovieLensMovies(List<MovieLensMovie> movies) {
        return record("movielens-movies", movies, MovieLensMovie::movieLensId);
    }

    @Override
    public ImportReport upsertMovieLensUsers(Collection<Integer> userIds) {
        userBatches.add(List.copyOf(userIds));
        return upsert("users", List.copyOf(userIds), id -> id);
    }

    @Override
    public ImportReport upsertMovieLensRatings(List<MovieLensRating> ratings) {
        return record("ratings", ratings, rating -> List.of(rating.userId(), rating.movieLensId()));
    }

    private <T> ImportReport record(
            String kind, List<T> batch, java.util.function.Function<T, Object> key) {
        batches.add(List.copyOf(batch));
        return upsert(kind, batch, key);
    }

    private <T> ImportReport upsert(
            String kind, List<T> batch, java.util.function.Function<T, Object> key) {
        java.util.Map<Object, Object> records =
                stored.computeIfAbsent(kind, k -> new java.util.HashMap<>());
        long created = 0;
        long updated = 0;
        for (T record : batch) {
            Object before = records.put(key.apply(record), record);
            if (before == null) {
                created++;
            } else if (!before.equals(record)) {
                updated++;
            }
        }
        String reported = kind.equals("movielens-movies") ? "movies" : kind;
        return new ImportReport()
                .add(reported, ImportCounts.of(created, updated, batch.size() - created - updated));
    }
}

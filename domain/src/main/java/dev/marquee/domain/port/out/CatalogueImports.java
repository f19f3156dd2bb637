package dev.marquee.domain.port.out;

import dev.marquee.domain.imports.ImportReport;
import dev.marquee.domain.imports.MovieLensLink;
import dev.marquee.domain.imports.MovieLensMovie;
import dev.marquee.domain.imports.MovieLensRating;
import dev.marquee.domain.imports.TmdbMovie;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

/**
 * Bulk writes of imported records, one batch per transaction, each an upsert on the source's own
 * key: a batch is applied whole or not at all, and applying it again changes nothing. Each returns
 * what it did.
 */
public interface CatalogueImports {

    /**
     * Runs the import while holding the one import lock, so two imports never interleave; fails at
     * once when held.
     */
    <T> T exclusively(Supplier<T> work);

    /**
     * Movies keyed by TMDB id, with their genres and production country (both created when
     * missing).
     */
    ImportReport upsertTmdbMovies(List<TmdbMovie> movies);

    /** Which TMDB and IMDb ids each MovieLens movie has. */
    ImportReport upsertMovieLensLinks(List<MovieLensLink> links);

    /** MovieLens movies: joined to the catalogue's movie their links name, otherwise added. */
    ImportReport upsertMovieLensMovies(List<MovieLensMovie> movies);

    /** The accounts of MovieLens users, which cannot log in. */
    ImportReport upsertMovieLensUsers(Collection<Integer> userIds);

    /** Ratings of MovieLens users on MovieLens movies; the movies' rating aggregates follow. */
    ImportReport upsertMovieLensRatings(List<MovieLensRating> ratings);
}

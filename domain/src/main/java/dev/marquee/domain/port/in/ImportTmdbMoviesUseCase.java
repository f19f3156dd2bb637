package dev.marquee.domain.port.in;

import dev.marquee.domain.imports.ImportReport;
import dev.marquee.domain.imports.SourceRow;
import dev.marquee.domain.imports.TmdbMovie;
import dev.marquee.domain.port.out.ImportProgress;

/**
 * Loads a TMDB movies export into the catalogue: keyed by TMDB id, so running it again changes only
 * what changed.
 */
public interface ImportTmdbMoviesUseCase {

    ImportReport importMovies(Iterable<SourceRow<TmdbMovie>> movies, ImportProgress progress);
}

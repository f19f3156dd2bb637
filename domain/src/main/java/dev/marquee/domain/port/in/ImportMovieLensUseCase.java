package dev.marquee.domain.port.in;

import dev.marquee.domain.imports.ImportReport;
import dev.marquee.domain.imports.MovieLensLink;
import dev.marquee.domain.imports.MovieLensMovie;
import dev.marquee.domain.imports.MovieLensRating;
import dev.marquee.domain.imports.SourceRow;
import dev.marquee.domain.port.out.ImportProgress;

/**
 * Loads a MovieLens data set: its movies join the catalogue's through their TMDB or IMDb ids (or
 * are added), its users become accounts that cannot log in, their ratings keep their scores and
 * times. Running it again changes only what changed.
 */
public interface ImportMovieLensUseCase {

    ImportReport importDataSet(MovieLensFiles files, ImportProgress progress);

    /** The rows of the three files, each readable once, in the order they are imported. */
    interface MovieLensFiles {

        Iterable<SourceRow<MovieLensLink>> links();

        Iterable<SourceRow<MovieLensMovie>> movies();

        Iterable<SourceRow<MovieLensRating>> ratings();
    }
}

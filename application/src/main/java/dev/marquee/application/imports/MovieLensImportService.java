package dev.marquee.application.imports;

import dev.marquee.domain.imports.ImportReport;
import dev.marquee.domain.imports.MovieLensLink;
import dev.marquee.domain.imports.MovieLensMovie;
import dev.marquee.domain.imports.MovieLensRating;
import dev.marquee.domain.port.in.ImportMovieLensUseCase;
import dev.marquee.domain.port.out.CatalogueImports;
import dev.marquee.domain.port.out.ImportProgress;
import java.util.BitSet;
import java.util.List;
import java.util.TreeSet;

/**
 * Imports a MovieLens data set: links first (so that movies can join the catalogue's through them),
 * then movies, then ratings, each user's account written just before the batch that first needs it.
 */
public final class MovieLensImportService implements ImportMovieLensUseCase {

    static final int LINK_BATCH_SIZE = 5_000;
    static final int MOVIE_BATCH_SIZE = 2_000;
    static final int RATING_BATCH_SIZE = 50_000;

    /**
     * Ratings are keyed by user and movie together, which a single int cannot hold: no repeat
     * check.
     */
    private static final int NO_KEY = -1;

    private final CatalogueImports imports;

    public MovieLensImportService(CatalogueImports imports) {
        this.imports = imports;
    }

    @Override
    public ImportReport importDataSet(MovieLensFiles files, ImportProgress progress) {
        return imports.exclusively(
                () -> {
                    ImportReport report = new ImportReport();
                    new BatchedImport<>(
                                    LINK_BATCH_SIZE,
                                    MovieLensLink::movieLensId,
                                    imports::upsertMovieLensLinks)
                            .run("links", files.links(), progress, report);
                    new BatchedImport<>(
                                    MOVIE_BATCH_SIZE,
                                    MovieLensMovie::movieLensId,
                                    imports::upsertMovieLensMovies)
                            .run("movies", files.movies(), progress, report);
                    BitSet usersWritten = new BitSet();
                    new BatchedImport<MovieLensRating>(
                                    RATING_BATCH_SIZE,
                                    rating -> NO_KEY,
                                    batch -> writeRatings(batch, usersWritten))
                            .run("ratings", files.ratings(), progress, report);
                    return report;
                });
    }

    /**
     * Writes the accounts this run has not written yet, then the ratings; {@code usersWritten}
     * spans the whole run.
     */
    private ImportReport writeRatings(List<MovieLensRating> ratings, BitSet usersWritten) {
        TreeSet<Integer> users = new TreeSet<>();
        for (MovieLensRating rating : ratings) {
            if (!usersWritten.get(rating.userId())) {
                users.add(rating.userId());
            }
        }
        ImportReport step =
                users.isEmpty() ? new ImportReport() : imports.upsertMovieLensUsers(users);
        users.forEach(usersWritten::set);
        BatchedImport.merge(step, imports.upsertMovieLensRatings(ratings));
        return step;
    }
}

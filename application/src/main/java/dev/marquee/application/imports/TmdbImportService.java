package dev.marquee.application.imports;

import dev.marquee.domain.imports.ImportReport;
import dev.marquee.domain.imports.SourceRow;
import dev.marquee.domain.imports.TmdbMovie;
import dev.marquee.domain.port.in.ImportTmdbMoviesUseCase;
import dev.marquee.domain.port.out.CatalogueImports;
import dev.marquee.domain.port.out.ImportProgress;

/** Imports a TMDB movies export in batches of {@value #BATCH_SIZE} movies, one transaction each. */
public final class TmdbImportService implements ImportTmdbMoviesUseCase {

    static final int BATCH_SIZE = 1_000;

    private final CatalogueImports imports;

    public TmdbImportService(CatalogueImports imports) {
        this.imports = imports;
    }

    @Override
    public ImportReport importMovies(
            Iterable<SourceRow<TmdbMovie>> movies, ImportProgress progress) {
        return imports.exclusively(
                () -> {
                    ImportReport report = new ImportReport();
                    new BatchedImport<>(BATCH_SIZE, TmdbMovie::tmdbId, imports::upsertTmdbMovies)
                            .run("movies", movies, progress, report);
                    return report;
                });
    }
}

package dev.marquee.domain.port.out.fakes;

import dev.marquee.domain.port.out.CatalogueImports;
import dev.marquee.domain.port.out.CatalogueImportsContract;

class RecordingCatalogueImportsTest extends CatalogueImportsContract {

    private final RecordingCatalogueImports imports = new RecordingCatalogueImports();

    @Override
    protected CatalogueImports imports() {
        return imports;
    }
}

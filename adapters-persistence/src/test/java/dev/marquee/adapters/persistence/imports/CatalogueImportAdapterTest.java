package dev.marquee.adapters.persistence.imports;

import dev.marquee.adapters.persistence.SharedContext;
import dev.marquee.domain.port.out.CatalogueImports;
import dev.marquee.domain.port.out.CatalogueImportsContract;

class CatalogueImportAdapterTest extends CatalogueImportsContract {

    private final CatalogueImports imports = SharedContext.bean(CatalogueImports.class);

    @Override
    protected CatalogueImports imports() {
        return imports;
    }
}

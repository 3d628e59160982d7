package org.sabueso.interchange.internal;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.function.Consumer;

import org.sabueso.agency.SharingScope;
import org.sabueso.agency.Viewer;
import org.sabueso.interchange.ExportFilter;
import org.sabueso.interchange.ExportReport;
import org.sabueso.interchange.ImportReport;
import org.sabueso.interchange.Interchange;
import org.springframework.stereotype.Service;

@Service
class InterchangeService implements Interchange {

    private final EntityImporter importer;
    private final EntityExporter exporter;

    InterchangeService(EntityImporter importer, EntityExporter exporter) {
        this.importer = importer;
        this.exporter = exporter;
    }

    @Override
    public ImportReport importEntities(Viewer viewer, InputStream ndjson, SharingScope scope) {
        return importer.run(viewer, ndjson, scope, null);
    }

    @Override
    public ImportReport importEntities(Viewer viewer, InputStream ndjson, SharingScope scope,
                                       Consumer<ImportReport> progress) {
        return importer.run(viewer, ndjson, scope, progress);
    }

    @Override
    public ExportReport exportEntities(Viewer viewer, ExportFilter filter, OutputStream out) {
        return exporter.run(viewer, filter, out);
    }
}

package org.sabueso.interchange;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.function.Consumer;

import org.sabueso.agency.SharingScope;
import org.sabueso.agency.Viewer;

/**
 * Moves persons and wanted notices in and out of Sabueso as FollowTheMoney (FtM) entities in
 * NDJSON: one JSON entity per line, the format of OpenSanctions and OCCRP Aleph.
 */
public interface Interchange {

    /**
     * Imports the FtM entities read line by line from {@code ndjson}. Each {@code Person} becomes a
     * person asserted by the viewer's agency (the FtM id kept as its external id); one whose
     * {@code topics} hold {@code wanted} also gets a notice of that agency shared with
     * {@code scope}, UNDER_REVIEW in one import ({@link ImportReport#importId()}) until a supervisor
     * other than the importer reviews it (see {@link org.sabueso.notice.NoticeImports}). Lines are written in batches, each batch in its own transaction: a batch that
     * fails leaves nothing of itself behind, and the batches before it stay. A bad line is
     * reported with its number and does not stop the import.
     *
     * @throws org.sabueso.shared.DomainException.NotAllowed unless the viewer is an analyst or
     *         supervisor of an agency
     * @throws ImportAborted when a batch cannot be written; the report says what was written before
     */
    ImportReport importEntities(Viewer viewer, InputStream ndjson, SharingScope scope);

    /** As {@link #importEntities(Viewer, InputStream, SharingScope)}, telling {@code progress} every 100,000 lines. */
    ImportReport importEntities(Viewer viewer, InputStream ndjson, SharingScope scope, Consumer<ImportReport> progress);

    /**
     * Writes, one FtM entity per line, the notices the viewer may see that pass the filter (each
     * as a {@code Sanction} after its subject's {@code Person}) and, unless the filter says
     * otherwise, the other persons the viewer's agency recorded. No person is written twice.
     */
    ExportReport exportEntities(Viewer viewer, ExportFilter filter, OutputStream out);
}

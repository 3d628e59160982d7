package org.sabueso.notice.internal;

import org.sabueso.agency.Role;
import org.sabueso.agency.SharingScope;
import org.sabueso.agency.Viewer;
import org.sabueso.notice.ComplianceChecks;
import org.sabueso.shared.DomainException;

/** The rules of reviewing an import as a whole, as sentences. Plain Java, no framework. */
final class ImportRules {

    private ImportRules() {
    }

    static void onlyTheImporterAddsToAnImport(Viewer viewer, ImportRepository.ImportRow row) {
        if (!viewer.username().equals(row.importedBy())) {
            throw new DomainException.NotAllowed("only whoever opened an import adds notices to it");
        }
    }

    static void onlyASupervisorOfTheImportingAgencyMayReview(Viewer viewer) {
        if (!viewer.has(Role.SUPERVISOR)) {
            throw new DomainException.NotAllowed("only a supervisor of the importing agency may review an import");
        }
    }

    /** PUBLIC notices reach the anonymous portal: each is read and approved on its own. */
    static void aPublicImportIsReviewedNoticeByNotice(ImportRepository.ImportRow row) {
        if (row.scope() == SharingScope.PUBLIC) {
            throw new DomainException.Conflict("an import shared PUBLIC is reviewed notice by notice, not as a whole");
        }
    }

    /** Four eyes: whoever imported the notices does not approve them. */
    static void theImporterMayNotReviewTheirOwnImport(Viewer viewer, ImportRepository.ImportRow row) {
        if (viewer.username().equals(row.importedBy())) {
            throw new DomainException.NotAllowed("the importer may not review their own import; another supervisor must");
        }
    }

    /** As a single notice's review: approval needs every Article 3 check, a return needs a reason. */
    static void aReviewSaysWhy(ComplianceChecks checks, boolean approve, String comment) {
        if (comment != null && comment.length() > NoticeRules.MAX_TEXT) {
            throw new DomainException.InvalidInput("comment", "the comment is longer than " + NoticeRules.MAX_TEXT + " characters");
        }
        if (approve) {
            NoticeRules.aFailedComplianceCheckBlocksActivation(checks);
        } else if (comment == null || comment.isBlank()) {
            throw new DomainException.InvalidInput("comment", "say why the notice is returned");
        }
    }
}

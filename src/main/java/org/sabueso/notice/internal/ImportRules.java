package org.sabueso.notice.internal;

import org.sabueso.agency.Role;
import org.sabueso.agency.SharingScope;
import org.sabueso.agency.Viewer;
import org.sabueso.notice.ComplianceChecks;
import org.sabueso.notice.NoticeRefusal;
import org.sabueso.shared.DomainException;

/** The rules of reviewing an import as a whole, each refusal a {@link NoticeRefusal} code. Plain Java, no framework. */
final class ImportRules {

    private ImportRules() {
    }

    static void onlyTheImporterAddsToAnImport(Viewer viewer, ImportRepository.ImportRow row) {
        if (!viewer.username().equals(row.importedBy())) {
            throw new DomainException.NotAllowed(NoticeRefusal.NOT_ALLOWED_IMPORT_ADD);
        }
    }

    static void onlyASupervisorOfTheImportingAgencyMayReview(Viewer viewer) {
        if (!viewer.has(Role.SUPERVISOR)) {
            throw new DomainException.NotAllowed(NoticeRefusal.NOT_ALLOWED_IMPORT_REVIEW);
        }
    }

    /** PUBLIC notices reach the anonymous portal: each is read and approved on its own. */
    static void aPublicImportIsReviewedNoticeByNotice(ImportRepository.ImportRow row) {
        if (row.scope() == SharingScope.PUBLIC) {
            throw new DomainException.Conflict(NoticeRefusal.PUBLIC_IMPORT);
        }
    }

    /** Four eyes: whoever imported the notices does not approve them. */
    static void theImporterMayNotReviewTheirOwnImport(Viewer viewer, ImportRepository.ImportRow row) {
        if (viewer.username().equals(row.importedBy())) {
            throw new DomainException.NotAllowed(NoticeRefusal.NOT_ALLOWED_OWN_IMPORT);
        }
    }

    /** As a single notice's review: approval needs every Article 3 check, a return needs a reason. */
    static void aReviewSaysWhy(ComplianceChecks checks, boolean approve, String comment) {
        NoticeRules.aCommentFits(comment);
        if (approve) {
            NoticeRules.aFailedComplianceCheckBlocksActivation(checks);
        } else {
            NoticeRules.aReturnSaysWhy(comment);
        }
    }
}

package org.sabueso.notice;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.sabueso.agency.SharingScope;
import org.sabueso.agency.Viewer;

/**
 * Imports of wanted notices in bulk (FollowTheMoney interchange). An import's notices are never
 * ACTIVE at once: they wait UNDER_REVIEW, grouped under the import, until a supervisor of the
 * importing agency who is not the importer reviews them, with the Article 3 checks, as a whole
 * ({@link #review}). An import shared {@code PUBLIC} goes out to the anonymous portal, so it is
 * never approved in bulk: each of its notices is reviewed on its own ({@link Notices#review}).
 * An import the viewer's agency did not make is reported as not found.
 */
public interface NoticeImports {

    /** Opens an import of the viewer's agency shared with {@code scope}; its notices are added in batches. */
    UUID open(Viewer viewer, SharingScope scope);

    /**
     * Records persons with notices UNDER_REVIEW in the import, in the caller's transaction, and
     * returns the notices' ids in the order given. Only the importer adds to an import.
     */
    List<UUID> add(Viewer viewer, UUID importId, List<Notices.ImportedNotice> notices);

    /** The import with its notices counted by status. */
    ImportSummary summary(Viewer viewer, UUID importId);

    /**
     * A supervisor of the importing agency other than the importer approves (activates) or returns
     * to draft every notice of the import still under review. Refused for a {@code PUBLIC} import.
     */
    ImportReviewed review(Viewer viewer, UUID importId, ComplianceChecks checks, boolean approve, String comment);

    /** The viewer's agency's imports (other than PUBLIC ones) with notices still under review, newest first. */
    List<PendingImport> pending(Viewer viewer);

    /** An import and how many of its notices are in each status (every status listed, zeros included). */
    record ImportSummary(UUID importId, SharingScope scope, String issuingAgencyId, String importedBy,
                         Instant importedAt, Map<NoticeStatus, Long> counts) {

        public long underReview() {
            return counts.getOrDefault(NoticeStatus.UNDER_REVIEW, 0L);
        }

        /** A PUBLIC import's notices are reviewed one by one, never in bulk. */
        public boolean reviewedInBulk() {
            return scope != SharingScope.PUBLIC;
        }
    }

    /** What a review of an import did: how many notices it activated or returned to draft. */
    record ImportReviewed(UUID importId, UUID reviewId, boolean approved, int activated, int returned) {
    }

    /** One row of the review queue: an import waiting for its review. */
    record PendingImport(UUID importId, SharingScope scope, String importedBy, Instant importedAt, long underReview) {
    }
}

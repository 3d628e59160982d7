package org.sabueso.notice.internal;

import java.util.List;
import java.util.UUID;

import org.sabueso.agency.Role;
import org.sabueso.agency.SharingScope;
import org.sabueso.agency.Viewer;
import org.sabueso.notice.ComplianceChecks;
import org.sabueso.notice.NoticeEvents;
import org.sabueso.notice.NoticeImports;
import org.sabueso.notice.NoticeReason;
import org.sabueso.notice.NoticeRefusal;
import org.sabueso.notice.NoticeStatus;
import org.sabueso.notice.Notices;
import org.sabueso.notice.Transition;
import org.sabueso.shared.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Imports of notices: opened by an analyst or supervisor, filled in batches, reviewed as a whole by another supervisor. */
@Service
class ImportReviewService implements NoticeImports {

    /** Activated notices are announced in chunks of an import batch's size, so no event carries a whole import. */
    static final int ANNOUNCE_CHUNK = 2000;

    /** A queue page lists at most this many imports; an agency rarely has more than a handful waiting. */
    static final int PENDING_LIMIT = 100;

    private final ImportRepository imports;
    private final ImportedNoticeWriter writer;
    private final ApplicationEventPublisher events;

    ImportReviewService(ImportRepository imports, ImportedNoticeWriter writer, ApplicationEventPublisher events) {
        this.imports = imports;
        this.writer = writer;
        this.events = events;
    }

    @Override
    @Transactional
    public UUID open(Viewer viewer, SharingScope scope) {
        NoticeRules.onlyStaffOfAnAgencyMayDraft(viewer);
        if (scope == null || scope == SharingScope.PARTNERS) {
            throw new DomainException.InvalidInput("scope", NoticeRefusal.IMPORT_SCOPE_PARTNERS);
        }
        UUID id = UUID.randomUUID();
        imports.insert(id, viewer.agencyId(), scope, viewer.username());
        return id;
    }

    @Override
    @Transactional
    public List<UUID> add(Viewer viewer, UUID importId, List<Notices.ImportedNotice> notices) {
        ImportRepository.ImportRow row = visible(viewer, importId);
        ImportRules.onlyTheImporterAddsToAnImport(viewer, row);
        return writer.write(viewer, notices, row.scope(), NoticeStatus.UNDER_REVIEW, importId);
    }

    @Override
    @Transactional(readOnly = true)
    public ImportSummary summary(Viewer viewer, UUID importId) {
        ImportRepository.ImportRow row = visible(viewer, importId);
        return new ImportSummary(row.id(), row.scope(), row.issuingAgencyId(), row.importedBy(), row.importedAt(),
                imports.countByStatus(importId));
    }

    @Override
    @Transactional
    public ImportReviewed review(Viewer viewer, UUID importId, ComplianceChecks checks, boolean approve, String comment) {
        ImportRepository.ImportRow row = visible(viewer, importId);
        ImportRules.onlyASupervisorOfTheImportingAgencyMayReview(viewer);
        ImportRules.aPublicImportIsReviewedNoticeByNotice(row);
        ImportRules.theImporterMayNotReviewTheirOwnImport(viewer, row);
        ImportRules.aReviewSaysWhy(checks, approve, comment);
        NoticeStatus target = approve ? NoticeStatus.ACTIVE : NoticeStatus.DRAFT;
        List<UUID> moved = imports.moveUnderReview(importId, target, viewer.username());
        if (moved.isEmpty()) {
            throw new DomainException.Conflict(NoticeRefusal.IMPORT_REVIEWED);
        }
        UUID reviewId = UUID.randomUUID();
        imports.insertReview(reviewId, importId, viewer.username(), viewer.agencyId(), checks, approve, comment,
                moved.size());
        boolean commented = comment != null && !comment.isBlank();
        imports.recordPerNotice(moved, reviewId, target, viewer.username(), viewer.agencyId(), checks, approve, comment,
                !approve ? Transition.Why.of(NoticeReason.IMPORT_RETURNED_WITH, importId, comment)
                        : commented ? Transition.Why.of(NoticeReason.IMPORT_APPROVED_WITH, importId, comment)
                        : Transition.Why.of(NoticeReason.IMPORT_APPROVED, importId));
        events.publishEvent(new NoticeEvents.NoticeImportReviewed(importId, reviewId, approve, moved.size(),
                viewer.username(), viewer.agencyId()));
        if (approve) {
            for (int i = 0; i < moved.size(); i += ANNOUNCE_CHUNK) {
                events.publishEvent(new NoticeEvents.ImportedNoticesActivated(importId,
                        List.copyOf(moved.subList(i, Math.min(moved.size(), i + ANNOUNCE_CHUNK)))));
            }
        }
        return new ImportReviewed(importId, reviewId, approve, approve ? moved.size() : 0, approve ? 0 : moved.size());
    }

    @Override
    @Transactional(readOnly = true)
    public List<PendingImport> pending(Viewer viewer) {
        if (viewer.agencyId() == null || !viewer.has(Role.SUPERVISOR)) {
            return List.of();
        }
        return imports.pending(viewer.agencyId(), PENDING_LIMIT);
    }

    /** The import if the viewer belongs to the importing agency; otherwise it does not exist for them. */
    private ImportRepository.ImportRow visible(Viewer viewer, UUID importId) {
        return imports.find(importId).filter(r -> viewer.belongsTo(r.issuingAgencyId()))
                .orElseThrow(() -> new DomainException.NotFound(NoticeRefusal.IMPORT_NOT_FOUND, importId));
    }
}

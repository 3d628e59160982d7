package org.sabueso.notice.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.sabueso.agency.Viewer;
import org.sabueso.notice.ComplianceChecks;
import org.sabueso.notice.NoticeDetail;
import org.sabueso.notice.NoticeEvents;
import org.sabueso.notice.NoticeReason;
import org.sabueso.notice.NoticeRefusal;
import org.sabueso.notice.NoticeStatus;
import org.sabueso.notice.Transition;
import org.sabueso.notice.Transition.Why;
import org.sabueso.shared.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * A notice's lifecycle after drafting: submitted, reviewed (four eyes, Article 3), moved by hand
 * (located, arrested, cancelled), renewed, and expired by the daily job. Each step leaves one
 * history entry and one event; the facade ({@link NoticeService}) holds the transactions.
 */
@Component
class NoticeLifecycle {

    /** Who the history names for steps no person took (the expiry job). */
    static final String SYSTEM = "system";

    private final NoticeRepository repository;
    private final NoticeHistoryRepository history;
    private final NoticeReads reads;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CopyGuard copies;

    NoticeLifecycle(NoticeRepository repository, NoticeHistoryRepository history, NoticeReads reads,
                    ApplicationEventPublisher events, Clock clock, CopyGuard copies) {
        this.copies = copies;
        this.repository = repository;
        this.history = history;
        this.reads = reads;
        this.events = events;
        this.clock = clock;
    }

    void submitForReview(Viewer viewer, UUID id, String reason) {
        NoticeDetail n = reads.visible(viewer, id);
        copies.refuseChangesToCopies(id);
        NoticeRules.onlyTheIssuingAgencyMayChange(viewer, n);
        NoticeRules.onlyAllowedTransitions(n, NoticeStatus.UNDER_REVIEW);
        NoticeRules.onlyDraftsMayBeSubmitted(n);
        move(viewer, n, NoticeStatus.UNDER_REVIEW,
                reason == null || reason.isBlank() ? Why.of(NoticeReason.SUBMITTED) : Why.typed(reason));
    }

    void review(Viewer viewer, UUID id, ComplianceChecks checks, boolean approve, String comment) {
        NoticeDetail n = reads.visible(viewer, id);
        copies.refuseChangesToCopies(id);
        NoticeRules.onlyTheIssuingAgencySupervisorMayApprove(viewer, n);
        NoticeRules.onlyNoticesUnderReviewMayBeReviewed(n);
        NoticeRules.aCommentFits(comment);
        boolean commented = comment != null && !comment.isBlank();
        if (approve) {
            NoticeRules.noWriterOfTheNoticeMayApproveIt(viewer, history.writers(id));
            NoticeRules.aFailedComplianceCheckBlocksActivation(checks);
            NoticeRules.reviewByMustBeAhead(n.reviewBy(), today(), "reviewBy");
        } else {
            NoticeRules.aReturnSaysWhy(comment);
        }
        history.recordReview(id, viewer.username(), viewer.agencyId(), checks, approve, comment);
        move(viewer, n, approve ? NoticeStatus.ACTIVE : NoticeStatus.DRAFT,
                !approve ? Why.of(NoticeReason.RETURNED_WITH, comment)
                        : commented ? Why.of(NoticeReason.APPROVED_WITH, comment) : Why.of(NoticeReason.APPROVED));
    }

    void transition(Viewer viewer, UUID id, NoticeStatus target, String reason) {
        NoticeDetail n = reads.visible(viewer, id);
        copies.refuseChangesToCopies(id);
        NoticeRules.onlyTheIssuingAgencyMayChange(viewer, n);
        NoticeRules.aReasonIsRequired(reason);
        NoticeRules.notReachedByHand(n, target);
        if (target == NoticeStatus.CANCELLED) {
            NoticeRules.onlySupervisorsMayCancelOrRenew(viewer);
        }
        NoticeRules.onlyAllowedTransitions(n, target);
        move(viewer, n, target, Why.typed(reason.strip()));
    }

    /** A capture on a tip: by staff of an agency that received the tip (the tip module checked that), on an open notice. */
    boolean recordCapture(Viewer viewer, UUID id) {
        NoticeDetail n = reads.visible(viewer, id);
        copies.refuseChangesToCopies(id);
        if (!viewer.isAgencyAnalystOrSupervisor()) {
            throw new DomainException.NotAllowed(NoticeRefusal.NOT_ALLOWED_CHANGE);
        }
        if (!n.status().open()) {
            return false;
        }
        move(viewer, n, NoticeStatus.ARRESTED, Why.of(NoticeReason.CAPTURED_ON_TIP, viewer.agencyId()));
        return true;
    }

    void renew(Viewer viewer, UUID id, LocalDate reviewBy, String reason) {
        NoticeDetail n = reads.visible(viewer, id);
        copies.refuseChangesToCopies(id);
        NoticeRules.onlyTheIssuingAgencyMayChange(viewer, n);
        NoticeRules.onlySupervisorsMayCancelOrRenew(viewer);
        NoticeRules.aReasonIsRequired(reason);
        NoticeRules.onlyOpenNoticesMayBeRenewed(n);
        NoticeRules.reviewByMustBeAhead(reviewBy, today(), "reviewBy");
        repository.changeReviewBy(id, reviewBy);
        history.recordTransition(id, n.status(), n.status(), viewer.username(), viewer.agencyId(),
                Why.of(NoticeReason.RENEWED, reviewBy, reason.strip()));
        events.publishEvent(new NoticeEvents.NoticeRenewed(id, n.reference(), n.reviewBy(), reviewBy,
                viewer.username(), viewer.agencyId()));
    }

    /** Moves the notice if nobody moved it since it was read, with its history step and events. */
    void move(Viewer viewer, NoticeDetail n, NoticeStatus target, Transition.Why why) {
        if (!repository.changeStatus(n.id(), n.status(), target)) {
            throw new DomainException.Conflict(NoticeRefusal.CONCURRENT);
        }
        history.recordTransition(n.id(), n.status(), target, viewer.username(), viewer.agencyId(), why);
        events.publishEvent(new NoticeEvents.NoticeStatusChanged(n.id(), n.reference(), n.status(), target,
                viewer.username(), viewer.agencyId()));
        if (target == NoticeStatus.ACTIVE) {
            events.publishEvent(new NoticeEvents.NoticeActivated(n.id(), n.subject().id(), n.issuingAgencyId()));
        }
    }

    int expireOverdue(LocalDate today) {
        List<UUID> overdue = repository.overdue(today);
        for (UUID id : overdue) {
            repository.find(id).ifPresent(r -> {
                if (repository.changeStatus(id, r.status(), NoticeStatus.EXPIRED)) {
                    history.recordTransition(id, r.status(), NoticeStatus.EXPIRED, SYSTEM, null,
                            Why.of(NoticeReason.EXPIRED, r.reviewBy()));
                    events.publishEvent(new NoticeEvents.NoticeStatusChanged(id, r.reference(), r.status(),
                            NoticeStatus.EXPIRED, SYSTEM, null));
                }
            });
        }
        return overdue.size();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}

package org.sabueso.notice.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.sabueso.agency.Role;
import org.sabueso.agency.SharingScope;
import org.sabueso.agency.Viewer;
import org.sabueso.notice.ComplianceChecks;
import org.sabueso.notice.NoticeDetail;
import org.sabueso.notice.NoticeDraft;
import org.sabueso.notice.NoticeRefusal;
import org.sabueso.notice.NoticeStatus;
import org.sabueso.person.PersonRefusal;
import org.sabueso.shared.DomainException;
import org.sabueso.shared.Refusal;
import org.sabueso.shared.ValueRefusal;

/** The rules of the notice lifecycle, each refusal a {@link NoticeRefusal} code. Plain Java, no framework. */
final class NoticeRules {

    static final int MAX_TEXT = 4000;
    static final int MAX_NAME = 300;
    static final int MAX_OFFENCES = 30;
    /** A case reference is a file number such as a prosecutor's, never a text: 100 leaves room for any. */
    static final int MAX_CASE_REFERENCE = 100;

    private NoticeRules() {
    }

    static void onlyStaffOfAnAgencyMayDraft(Viewer viewer) {
        if (!viewer.isAgencyAnalystOrSupervisor()) {
            throw new DomainException.NotAllowed(NoticeRefusal.NOT_ALLOWED_DRAFT);
        }
    }

    /** Prison staff draft the notices of their escapees from the prison files, as analysts draft others. */
    static void onlyStaffOfAnAgencyMayDraftInACase(Viewer viewer) {
        if (!viewer.isAgencyAnalystOrSupervisor() && !(viewer.agencyId() != null && viewer.has(Role.PRISON_OFFICER))) {
            throw new DomainException.NotAllowed(NoticeRefusal.NOT_ALLOWED_DRAFT_IN_CASE);
        }
    }

    static void aCaseReferenceIsRequired(String caseReference) {
        if (caseReference == null || caseReference.isBlank()) {
            throw new DomainException.InvalidInput("caseReference", NoticeRefusal.CASE_REFERENCE_REQUIRED);
        }
        if (caseReference.length() > MAX_CASE_REFERENCE) {
            throw new DomainException.InvalidInput("caseReference", NoticeRefusal.CASE_REFERENCE_LONG, MAX_CASE_REFERENCE);
        }
    }

    static void onlyTheIssuingAgencyMayChange(Viewer viewer, NoticeDetail notice) {
        if (!viewer.belongsTo(notice.issuingAgencyId()) || !viewer.isAgencyAnalystOrSupervisor()) {
            throw new DomainException.NotAllowed(NoticeRefusal.NOT_ALLOWED_CHANGE);
        }
    }

    static void onlyDraftsMayBeRevised(NoticeDetail notice) {
        if (notice.status() != NoticeStatus.DRAFT) {
            throw new DomainException.Conflict(NoticeRefusal.NOT_DRAFT, notice.status());
        }
    }

    static void onlyTheIssuingAgencySupervisorMayApprove(Viewer viewer, NoticeDetail notice) {
        if (!viewer.belongsTo(notice.issuingAgencyId()) || !viewer.has(Role.SUPERVISOR)) {
            throw new DomainException.NotAllowed(NoticeRefusal.NOT_ALLOWED_REVIEW);
        }
    }

    /**
     * Four eyes for every hand on it: whoever drafted a notice does not approve it, and whoever
     * revised the draft or submitted it for review wrote it as much, so none of them does either.
     */
    static void noWriterOfTheNoticeMayApproveIt(Viewer viewer, Set<String> writers) {
        if (writers.contains(viewer.username())) {
            throw new DomainException.NotAllowed(NoticeRefusal.NOT_ALLOWED_OWN_NOTICE);
        }
    }

    static void aFailedComplianceCheckBlocksActivation(ComplianceChecks checks) {
        if (!checks.allPassed()) {
            throw new DomainException.InvalidInput("checks", NoticeRefusal.CHECKS_FAILED);
        }
    }

    static void onlyAllowedTransitions(NoticeDetail notice, NoticeStatus target) {
        if (!notice.status().mayBecome(target)) {
            throw new DomainException.Conflict(NoticeRefusal.TRANSITION, notice.status(), target);
        }
    }

    static void onlySupervisorsMayCancelOrRenew(Viewer viewer) {
        if (!viewer.has(Role.SUPERVISOR)) {
            throw new DomainException.NotAllowed(NoticeRefusal.NOT_ALLOWED_CANCEL_OR_RENEW);
        }
    }

    static void aReasonIsRequired(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new DomainException.InvalidInput("reason", NoticeRefusal.REASON_REQUIRED);
        }
        if (reason.length() > MAX_TEXT) {
            throw new DomainException.InvalidInput("reason", NoticeRefusal.REASON_LONG, MAX_TEXT);
        }
    }

    static void aCommentFits(String comment) {
        if (comment != null && comment.length() > MAX_TEXT) {
            throw new DomainException.InvalidInput("comment", NoticeRefusal.COMMENT_LONG, MAX_TEXT);
        }
    }

    static void aReturnSaysWhy(String comment) {
        if (comment == null || comment.isBlank()) {
            throw new DomainException.InvalidInput("comment", NoticeRefusal.COMMENT_REQUIRED);
        }
    }

    static void onlyDraftsMayBeSubmitted(NoticeDetail notice) {
        if (notice.status() != NoticeStatus.DRAFT) {
            throw new DomainException.Conflict(NoticeRefusal.SUBMIT_DRAFT);
        }
    }

    static void onlyNoticesUnderReviewMayBeReviewed(NoticeDetail notice) {
        if (notice.status() != NoticeStatus.UNDER_REVIEW) {
            throw new DomainException.Conflict(NoticeRefusal.NOT_UNDER_REVIEW, notice.status());
        }
    }

    /** Review and expiry have their own paths; by hand a notice is located, arrested, cancelled or re-activated once located. */
    static void notReachedByHand(NoticeDetail notice, NoticeStatus target) {
        if (target == NoticeStatus.UNDER_REVIEW || target == NoticeStatus.DRAFT || target == NoticeStatus.EXPIRED
                || (target == NoticeStatus.ACTIVE && notice.status() != NoticeStatus.LOCATED)) {
            throw new DomainException.Conflict(NoticeRefusal.INDIRECT, target);
        }
    }

    static void onlyOpenNoticesMayBeRenewed(NoticeDetail notice) {
        if (!notice.status().open()) {
            throw new DomainException.Conflict(NoticeRefusal.RENEW);
        }
    }

    static void reviewByMustBeAhead(LocalDate reviewBy, LocalDate today, String field) {
        if (reviewBy == null) {
            throw new DomainException.InvalidInput(field, NoticeRefusal.REVIEW_BY_REQUIRED);
        }
        if (!reviewBy.isAfter(today)) {
            throw new DomainException.InvalidInput(field, NoticeRefusal.REVIEW_BY_FUTURE);
        }
        if (reviewBy.isAfter(today.plusYears(5))) {
            throw new DomainException.InvalidInput(field, NoticeRefusal.REVIEW_BY_MAX);
        }
    }

    /** The sharing scope and its partners, as a draft gives them or a reshare changes them. */
    static void checkSharing(SharingScope scope, Set<String> partners, Set<String> knownAgencies,
                             Map<String, Refusal> errors) {
        if (scope == null) {
            errors.put("sharingScope", Refusal.of(NoticeRefusal.SCOPE_REQUIRED));
        } else if (scope == SharingScope.PARTNERS && partners.isEmpty()) {
            errors.put("partnerAgencyIds", Refusal.of(NoticeRefusal.PARTNERS_REQUIRED));
        }
        partners.stream().filter(a -> !knownAgencies.contains(a)).findFirst()
                .ifPresent(a -> errors.put("partnerAgencyIds", Refusal.of(NoticeRefusal.PARTNERS_UNKNOWN, a)));
    }

    /** Checks every field of a draft and reports all that are at fault at once. */
    static void validate(NoticeDraft d, Set<String> knownAgencies, LocalDate today) {
        Map<String, Refusal> errors = new LinkedHashMap<>();
        if (d.subject() == null) {
            errors.put("subject.name", Refusal.of(ValueRefusal.NAME_MISSING));
        } else if (d.subject().writtenName().length() > MAX_NAME) {
            errors.put("subject.name", Refusal.of(PersonRefusal.NAME_LONG, MAX_NAME));
        }
        if (d.offences().isEmpty()) {
            errors.put("offences", Refusal.of(NoticeRefusal.OFFENCES_REQUIRED));
        } else if (d.offences().size() > MAX_OFFENCES || d.offences().stream().anyMatch(o -> o.length() > 500)) {
            errors.put("offences", Refusal.of(NoticeRefusal.OFFENCES_MANY, MAX_OFFENCES));
        }
        if (d.summary() != null && d.summary().length() > MAX_TEXT) {
            errors.put("summary", Refusal.of(NoticeRefusal.SUMMARY_LONG, MAX_TEXT));
        }
        if (d.warrantReference() == null || d.warrantReference().isBlank()) {
            errors.put("warrantReference", Refusal.of(NoticeRefusal.WARRANT_REQUIRED));
        } else if (d.warrantReference().length() > 200) {
            errors.put("warrantReference", Refusal.of(NoticeRefusal.WARRANT_LONG));
        }
        if (d.legalBasis() == null || d.legalBasis().isBlank()) {
            errors.put("legalBasis", Refusal.of(NoticeRefusal.LEGAL_BASIS_REQUIRED));
        } else if (d.legalBasis().length() > MAX_TEXT) {
            errors.put("legalBasis", Refusal.of(NoticeRefusal.LEGAL_BASIS_LONG, MAX_TEXT));
        }
        if (d.requestedAction() == null) {
            errors.put("requestedAction", Refusal.of(NoticeRefusal.ACTION_REQUIRED));
        }
        checkSharing(d.sharingScope(), d.partnerAgencyIds(), knownAgencies, errors);
        try {
            reviewByMustBeAhead(d.reviewBy(), today, "reviewBy");
        } catch (DomainException.InvalidInput e) {
            errors.putAll(e.errors());
        }
        if (!errors.isEmpty()) {
            throw new DomainException.InvalidInput(errors);
        }
    }
}

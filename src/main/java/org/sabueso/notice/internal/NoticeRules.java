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
import org.sabueso.notice.NoticeStatus;
import org.sabueso.shared.DomainException;

/** The rules of the notice lifecycle, as sentences. Plain Java, no framework. */
final class NoticeRules {

    static final int MAX_TEXT = 4000;
    static final int MAX_NAME = 300;
    static final int MAX_OFFENCES = 30;

    private NoticeRules() {
    }

    static void onlyStaffOfAnAgencyMayDraft(Viewer viewer) {
        if (viewer.agencyId() == null || !(viewer.has(Role.ANALYST) || viewer.has(Role.SUPERVISOR))) {
            throw new DomainException.NotAllowed("only analysts and supervisors of an agency may draft notices");
        }
    }

    /** Prison staff draft the notices of their escapees from the prison files, as analysts draft others. */
    static void onlyStaffOfAnAgencyMayDraftInACase(Viewer viewer) {
        if (viewer.agencyId() == null
                || !(viewer.has(Role.ANALYST) || viewer.has(Role.SUPERVISOR) || viewer.has(Role.PRISON_OFFICER))) {
            throw new DomainException.NotAllowed("only analysts, supervisors and prison officers of an agency may draft notices in a case");
        }
    }

    static void aCaseReferenceIsRequired(String caseReference) {
        if (caseReference == null || caseReference.isBlank()) {
            throw new DomainException.InvalidInput("caseReference", "a case reference is required");
        }
        if (caseReference.length() > 100) {
            throw new DomainException.InvalidInput("caseReference", "the case reference is longer than 100 characters");
        }
    }

    static void onlyTheIssuingAgencyMayChange(Viewer viewer, NoticeDetail notice) {
        if (!viewer.belongsTo(notice.issuingAgencyId()) || !(viewer.has(Role.ANALYST) || viewer.has(Role.SUPERVISOR))) {
            throw new DomainException.NotAllowed("only analysts and supervisors of the issuing agency may change this notice");
        }
    }

    static void onlyDraftsMayBeRevised(NoticeDetail notice) {
        if (notice.status() != NoticeStatus.DRAFT) {
            throw new DomainException.Conflict("only a draft may be edited; this notice is " + notice.status());
        }
    }

    static void onlyTheIssuingAgencySupervisorMayApprove(Viewer viewer, NoticeDetail notice) {
        if (!viewer.belongsTo(notice.issuingAgencyId()) || !viewer.has(Role.SUPERVISOR)) {
            throw new DomainException.NotAllowed("only a supervisor of the issuing agency may review this notice");
        }
    }

    /**
     * Four eyes for every hand on it: whoever drafted a notice does not approve it, and whoever
     * revised the draft or submitted it for review wrote it as much, so none of them does either.
     */
    static void noWriterOfTheNoticeMayApproveIt(Viewer viewer, Set<String> writers) {
        if (writers.contains(viewer.username())) {
            throw new DomainException.NotAllowed("the author of a notice may not approve it; another supervisor must");
        }
    }

    static void aFailedComplianceCheckBlocksActivation(ComplianceChecks checks) {
        if (!checks.allPassed()) {
            throw new DomainException.InvalidInput("checks",
                    "a failed compliance check (Article 3: political, military, religious or racial character) blocks activation");
        }
    }

    static void onlyAllowedTransitions(NoticeDetail notice, NoticeStatus target) {
        if (!notice.status().mayBecome(target)) {
            throw new DomainException.Conflict("a notice that is " + notice.status() + " cannot become " + target);
        }
    }

    static void onlySupervisorsMayCancelOrRenew(Viewer viewer) {
        if (!viewer.has(Role.SUPERVISOR)) {
            throw new DomainException.NotAllowed("only a supervisor may cancel or renew a notice");
        }
    }

    static void aReasonIsRequired(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new DomainException.InvalidInput("reason", "a reason is required");
        }
        if (reason.length() > MAX_TEXT) {
            throw new DomainException.InvalidInput("reason", "reason is longer than " + MAX_TEXT + " characters");
        }
    }

    static void reviewByMustBeAhead(LocalDate reviewBy, LocalDate today, String field) {
        if (reviewBy == null) {
            throw new DomainException.InvalidInput(field, "a review-by date is required");
        }
        if (!reviewBy.isAfter(today)) {
            throw new DomainException.InvalidInput(field, "the review-by date must be in the future");
        }
        if (reviewBy.isAfter(today.plusYears(5))) {
            throw new DomainException.InvalidInput(field, "the review-by date may be at most five years ahead");
        }
    }

    /** Checks every field of a draft and reports all that are at fault at once. */
    static void validate(NoticeDraft d, Set<String> knownAgencies, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (d.subject() == null) {
            errors.put("subject.name", "the subject's name is required");
        } else if (d.subject().writtenName().length() > MAX_NAME) {
            errors.put("subject.name", "the name is longer than " + MAX_NAME + " characters");
        }
        if (d.offences().isEmpty()) {
            errors.put("offences", "at least one offence is required");
        } else if (d.offences().size() > MAX_OFFENCES || d.offences().stream().anyMatch(o -> o.length() > 500)) {
            errors.put("offences", "at most " + MAX_OFFENCES + " offences of 500 characters each");
        }
        if (d.summary() != null && d.summary().length() > MAX_TEXT) {
            errors.put("summary", "the summary is longer than " + MAX_TEXT + " characters");
        }
        if (d.warrantReference() == null || d.warrantReference().isBlank()) {
            errors.put("warrantReference", "the warrant reference is required");
        } else if (d.warrantReference().length() > 200) {
            errors.put("warrantReference", "the warrant reference is longer than 200 characters");
        }
        if (d.legalBasis() == null || d.legalBasis().isBlank()) {
            errors.put("legalBasis", "the legal basis is required");
        } else if (d.legalBasis().length() > MAX_TEXT) {
            errors.put("legalBasis", "the legal basis is longer than " + MAX_TEXT + " characters");
        }
        if (d.requestedAction() == null) {
            errors.put("requestedAction", "the requested action is required");
        }
        if (d.sharingScope() == null) {
            errors.put("sharingScope", "the sharing scope is required");
        } else if (d.sharingScope() == SharingScope.PARTNERS && d.partnerAgencyIds().isEmpty()) {
            errors.put("partnerAgencyIds", "name at least one partner agency for this scope");
        }
        d.partnerAgencyIds().stream().filter(a -> !knownAgencies.contains(a)).findFirst()
                .ifPresent(a -> errors.put("partnerAgencyIds", "unknown agency: " + a));
        try {
            reviewByMustBeAhead(d.reviewBy(), today, "reviewBy");
        } catch (DomainException.InvalidInput e) {
            errors.putAll(e.texts());
        }
        if (!errors.isEmpty()) {
            throw DomainException.InvalidInput.sentences(errors);
        }
    }
}

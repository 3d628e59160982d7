package org.sabueso.notice;

import org.sabueso.shared.Refusal;

/**
 * Why the notice module refuses a request: a notice's draft, review, lifecycle and imports. Messages
 * under {@code problem.<code>} in i18n/messages*.properties. Codes that existed as message keys
 * before codes crossed the edge ({@code notAllowed.draft}, {@code conflict.notDraft}…) are kept
 * as they were; the web module's pages and other modules read them from here.
 */
public enum NoticeRefusal implements Refusal.Code {
    NOT_FOUND("notice.not-found"),
    BODY_EMPTY("notice.body-empty"),
    FIELD_REQUIRED("notice.field-required"),
    DATE_REQUIRED("notice.date-required"),
    DATE_FORMAT("notice.date-format"),
    /** Args: the longest summary. */
    SUMMARY_LONG("summary.long"),
    OFFENCES_REQUIRED("offences.required"),
    /** A filter named an offence that is not a code of the coded list ({@link Offences}). */
    OFFENCE_UNKNOWN("notice.offence-unknown"),
    /** Args: the most offences. */
    OFFENCES_MANY("offences.many"),
    WARRANT_REQUIRED("warrant.required"),
    WARRANT_LONG("warrant.long"),
    LEGAL_BASIS_REQUIRED("legalBasis.required"),
    /** Args: the longest legal basis. */
    LEGAL_BASIS_LONG("legalBasis.long"),
    ACTION_REQUIRED("action.required"),
    SCOPE_REQUIRED("scope.required"),
    PARTNERS_REQUIRED("partners.required"),
    /** Args: the agency id as given. */
    PARTNERS_UNKNOWN("partners.unknown"),
    REVIEW_BY_REQUIRED("reviewBy.required"),
    REVIEW_BY_FUTURE("reviewBy.future"),
    REVIEW_BY_MAX("reviewBy.max"),
    REASON_REQUIRED("reason.required"),
    /** Args: the longest reason. */
    REASON_LONG("reason.long"),
    COMMENT_REQUIRED("comment.required"),
    /** Args: the longest comment. */
    COMMENT_LONG("comment.long"),
    DECISION_REQUIRED("decision.required"),
    APPROVE_REQUIRED("review.approve-required"),
    CHECKS_UNANSWERED("checks.unanswered"),
    CHECKS_FAILED("checks.failed"),
    STATUS_REQUIRED("status.required"),
    CASE_REFERENCE_REQUIRED("caseReference.required"),
    /** Args: the longest case reference. */
    CASE_REFERENCE_LONG("caseReference.long"),
    /** Args: the person id. */
    SUBJECT_UNKNOWN("notice.subject-unknown"),
    PAGE_NEGATIVE("notice.page-negative"),
    /** Args: the largest page size. */
    SIZE_RANGE("notice.size-range"),

    NOT_ALLOWED_DRAFT("notAllowed.draft"),
    NOT_ALLOWED_DRAFT_IN_CASE("notAllowed.draftInCase"),
    NOT_ALLOWED_CHANGE("notAllowed.change"),
    NOT_ALLOWED_REVIEW("notAllowed.review"),
    NOT_ALLOWED_OWN_NOTICE("notAllowed.ownNotice"),
    NOT_ALLOWED_CANCEL_OR_RENEW("notAllowed.cancelOrRenew"),
    /** Args: the notice's status. */
    NOT_DRAFT("conflict.notDraft"),
    SUBMIT_DRAFT("conflict.submitDraft"),
    /** Args: the notice's status. */
    NOT_UNDER_REVIEW("conflict.notUnderReview"),
    /** Args: the notice's status, the status asked for. */
    TRANSITION("conflict.transition"),
    /** Args: the status asked for. */
    INDIRECT("conflict.indirect"),
    RENEW("conflict.renew"),
    CONCURRENT("conflict.concurrent"),

    // imports of notices, reviewed as a whole
    IMPORT_NOT_FOUND("import.not-found"),
    IMPORT_SCOPE_PARTNERS("import.scope-partners"),
    NOT_ALLOWED_IMPORT_ADD("notAllowed.importAdd"),
    NOT_ALLOWED_IMPORT_REVIEW("notAllowed.importReview"),
    NOT_ALLOWED_OWN_IMPORT("notAllowed.ownImport"),
    /** The code API clients have read since the bulk review refused PUBLIC imports. */
    PUBLIC_IMPORT("import.public-reviewed-one-by-one"),
    IMPORT_REVIEWED("conflict.importReviewed"),

    // copies of other nodes' notices (issue 16)
    /** Args: the node the copy came from. A copy is changed only by the node that owns it. */
    COPY_READ_ONLY("notice.copy-read-only"),
    /** Args: the notice id. A copy may not overwrite a notice of this node, or a copy from another node. */
    COPY_OF_OWN("notice.copy-of-own"),
    /** A draft's scope is revised with the draft; only a released notice is reshared. */
    RESHARE_DRAFT("conflict.reshareDraft");

    private final String code;

    NoticeRefusal(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}

package org.sabueso.notice;

/**
 * What the notice module itself writes into a notice's history, as a code and its arguments: the
 * page and the API put it into words in their reader's language (message {@code reason.<code>}).
 * A reason a person typed is kept as their text instead.
 */
public enum NoticeReason {
    DRAFTED("drafted"),
    SUBMITTED("submitted"),
    APPROVED("approved"),
    /** Args: the reviewer's comment. */
    APPROVED_WITH("approvedWith"),
    /** Args: the reviewer's comment. */
    RETURNED_WITH("returnedWith"),
    /** Args: the new review-by date (ISO), the supervisor's reason. */
    RENEWED("renewed"),
    /** Args: the review-by date (ISO) that passed. */
    EXPIRED("expired"),
    /** Args: the import's id. */
    IMPORTED_FOR_REVIEW("importedForReview"),
    IMPORTED_ACTIVE("importedActive"),
    /** Args: the import's id. */
    IMPORT_APPROVED("importApproved"),
    /** Args: the import's id, the reviewer's comment. */
    IMPORT_APPROVED_WITH("importApprovedWith"),
    /** Args: the import's id, the reviewer's comment. */
    IMPORT_RETURNED_WITH("importReturnedWith"),
    /** Args: the agency that received the tip which led to the capture. */
    CAPTURED_ON_TIP("capturedOnTip"),
    /** A copy of another node's notice took this status there. Args: the node it came from. */
    COPIED_FROM("copiedFrom"),
    /** The node that owns the copy withdrew it from this node. Args: that node. */
    COPY_WITHDRAWN("copyWithdrawn"),
    /** Args: the scope before, the scope now, the supervisor's reason. */
    RESHARED("reshared");

    private final String code;

    NoticeReason(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public String messageKey() {
        return "reason." + code;
    }

    /** The reason stored under this code, or null for one this version does not know. */
    public static NoticeReason ofCode(String code) {
        for (NoticeReason r : values()) {
            if (r.code.equals(code)) {
                return r;
            }
        }
        return null;
    }
}

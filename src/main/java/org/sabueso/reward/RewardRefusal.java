package org.sabueso.reward;

import org.sabueso.shared.Refusal;

/**
 * What the reward module refuses, as codes; the messages are {@code problem.<code>} in
 * i18n/reward*.properties. Public: the tip module files claims and passes these on to the tipster.
 */
public enum RewardRefusal implements Refusal.Code {
    OFFER_SUPERVISOR_ONLY("reward.offer.supervisor-only"),
    OFFER_NO_NOTICE("reward.offer.no-notice"),
    OFFER_AMOUNT("reward.offer.amount"),
    OFFER_START_REQUIRED("reward.offer.valid-from-required"),
    OFFER_END_BEFORE_START("reward.offer.valid-until-before-start"),
    CLAIM_OFFER_REQUIRED("claim.offer.required"),
    CLAIM_OFFER_NOT_ON_NOTICE("claim.offer.not-on-notice"),
    CLAIM_TWICE("claim.twice"),
    /** {0}: the claim's status. */
    CLAIM_NOT_FILED("claim.not-filed"),
    CLAIM_CHANGED_MEANWHILE("claim.changed-meanwhile"),
    /** {0}: the claim's id. */
    CLAIM_NOT_FOUND("claim.not-found"),
    STAFF_ONLY("claim.staff-only"),
    SUPERVISOR_ONLY("claim.supervisor-only"),
    DECISION_REQUIRED("claim.decision.required"),
    APPROVE_REQUIRED("claim.approve.required"),
    REASON_REQUIRED("claim.reason.required"),
    AMOUNT_OVER_OFFER("claim.amount.over-offer"),
    AMOUNT_DECIMALS("claim.amount.decimals"),
    AMOUNT_FORMAT("claim.amount.format"),
    CURRENCY_FORMAT("claim.currency.format"),
    DATE_FORMAT("claim.date.format"),
    /** {0}: the most characters a text takes. */
    TEXT_TOO_LONG("claim.text.too-long"),
    PAYOUT_AMOUNT_REQUIRED("claim.payout.amount-required"),
    /** {0}: the offer's currency. */
    PAYOUT_CURRENCY("claim.payout.currency"),
    PAYOUT_AMOUNT_RANGE("claim.payout.amount-range"),
    PAYOUT_DATE_REQUIRED("claim.payout.paid-on-required"),
    PAYOUT_DATE_TOO_FAR("claim.payout.paid-on-too-far"),
    PAYOUT_METHOD_REQUIRED("claim.payout.method-required"),
    PAYOUT_NOT_OPEN("claim.payout-not-open"),
    PAYOUT_NEEDS_TWO_APPROVALS("claim.payout-needs-two-approvals"),
    EVALUATOR_MAY_NOT_APPROVE_PAYOUT("claim.evaluator-may-not-approve-payout"),
    PAYOUT_ALREADY_APPROVED_BY_YOU("claim.payout-already-approved-by-you"),
    PAYOUT_APPROVED_TWICE("claim.payout-approved-twice"),
    PAID_TWICE("claim.paid-twice"),
    TEXT_CONTROL("claim.text.control"),
    PROCEDURE_LANGUAGE("reward.procedure.language"),
    PROCEDURE_REQUIRED("reward.procedure.required"),
    /** {0}: the notice's id. */
    NOTICE_NOT_FOUND("reward.notice.not-found");

    private final String code;

    RewardRefusal(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}

package org.sabueso.reward.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.sabueso.reward.ClaimStatus;
import org.sabueso.reward.ClaimView;
import org.sabueso.reward.NewPayout;
import org.sabueso.reward.RewardRefusal;
import org.sabueso.shared.DomainException;
import org.sabueso.shared.Money;

/**
 * The rules that protect the money, before any statement runs: what may be evaluated, for how
 * much, what a payment must match, who may approve a payout. The database holds the same rules
 * as constraints ({@link ClaimRepository}); these give the reason in words the edge can translate.
 */
final class ClaimRules {

    /** A reason or a payment method: a long paragraph, still shown whole on the claims page. */
    static final int MAX_TEXT = 2000;
    /** The approved amount's column is numeric(18, 2) (V41): a third decimal would be rounded away silently. */
    static final int MAX_DECIMALS = 2;
    /** A payment may be recorded when it is arranged, up to about a month before the money moves; further is a typo. */
    static final int PAID_ON_DAYS_AHEAD = 31;

    private ClaimRules() {
    }

    static void evaluable(ClaimView c) {
        if (c.status() != ClaimStatus.FILED) {
            throw new DomainException.Conflict(RewardRefusal.CLAIM_NOT_FILED, c.status());
        }
    }

    /** The amount granted: the offer's when none is given, else above zero, at most the offer, in cents. */
    static Money granted(ClaimView c, BigDecimal amount) {
        BigDecimal granted = amount == null ? c.offered().amount() : amount;
        if (granted.signum() <= 0 || granted.compareTo(c.offered().amount()) > 0) {
            throw new DomainException.InvalidInput("amount", RewardRefusal.AMOUNT_OVER_OFFER);
        }
        if (granted.scale() > MAX_DECIMALS) {
            throw new DomainException.InvalidInput("amount", RewardRefusal.AMOUNT_DECIMALS);
        }
        return new Money(granted, c.offered().currency());
    }

    /** A payment is recorded once, for an approved claim whose payout two supervisors approved. */
    static void payable(ClaimView c) {
        if (c.status() != ClaimStatus.APPROVED) {
            throw new DomainException.Conflict(RewardRefusal.PAYOUT_NOT_OPEN);
        }
        if (!c.readyToPay()) {
            throw new DomainException.Conflict(RewardRefusal.PAYOUT_NEEDS_TWO_APPROVALS);
        }
    }

    /** The payment's method, once amount, currency and date are checked against the approved claim. */
    static String payment(ClaimView c, NewPayout payout, LocalDate today) {
        if (payout == null || payout.amount() == null) {
            throw new DomainException.InvalidInput("amount", RewardRefusal.PAYOUT_AMOUNT_REQUIRED);
        }
        if (!payout.amount().currency().equals(c.approved().currency())) {
            throw new DomainException.InvalidInput("currency", RewardRefusal.PAYOUT_CURRENCY,
                    c.approved().currency().getCurrencyCode());
        }
        if (payout.amount().amount().signum() <= 0 || payout.amount().amount().compareTo(c.approved().amount()) > 0) {
            throw new DomainException.InvalidInput("amount", RewardRefusal.PAYOUT_AMOUNT_RANGE);
        }
        if (payout.paidOn() == null) {
            throw new DomainException.InvalidInput("paidOn", RewardRefusal.PAYOUT_DATE_REQUIRED);
        }
        if (payout.paidOn().isAfter(today.plusDays(PAID_ON_DAYS_AHEAD))) {
            throw new DomainException.InvalidInput("paidOn", RewardRefusal.PAYOUT_DATE_TOO_FAR);
        }
        return text(payout.method(), "method", RewardRefusal.PAYOUT_METHOD_REQUIRED);
    }

    /** Four eyes: whoever evaluated the claim does not approve its payout. */
    static void mayApprovePayout(ClaimView c, String who) {
        if (who.equals(c.evaluatedBy())) {
            throw new DomainException.NotAllowed(RewardRefusal.EVALUATOR_MAY_NOT_APPROVE_PAYOUT);
        }
    }

    /** Why an approval changed nothing, from the claim as the winning request left it. */
    static DomainException.Conflict approvalRefused(ClaimView now, String who) {
        if (now.payoutApprovers().contains(who)) {
            return new DomainException.Conflict(RewardRefusal.PAYOUT_ALREADY_APPROVED_BY_YOU);
        }
        if (now.status() == ClaimStatus.APPROVED && now.readyToPay()) {
            return new DomainException.Conflict(RewardRefusal.PAYOUT_APPROVED_TWICE);
        }
        return new DomainException.Conflict(RewardRefusal.PAYOUT_NOT_OPEN);
    }

    static String text(String value, String field, RewardRefusal missing) {
        return text(value, field, missing, MAX_TEXT);
    }

    /** Required words, stripped, at most {@code max} characters, without control characters but line breaks. */
    static String text(String value, String field, RewardRefusal missing, int max) {
        if (value == null || value.isBlank()) {
            throw new DomainException.InvalidInput(field, missing);
        }
        String v = value.strip();
        if (v.length() > max) {
            throw new DomainException.InvalidInput(field, RewardRefusal.TEXT_TOO_LONG, max);
        }
        if (v.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw new DomainException.InvalidInput(field, RewardRefusal.TEXT_CONTROL);
        }
        return v;
    }
}

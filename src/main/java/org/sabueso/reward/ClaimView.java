package org.sabueso.reward;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.sabueso.shared.Money;

/**
 * A claim on a reward offer: which offer and notice it is about, never which tip (see
 * docs/adr/0006). {@code payoutApprovers} are the supervisors who approved its payout, in order
 * (at most two, neither the evaluator); {@code payout} is null until the payment is recorded,
 * which happens only after both. {@code noticeReference} and {@code subjectName} name the notice
 * and its subject for the offering agency's staff (null for a claim read without them).
 */
public record ClaimView(UUID id, UUID offerId, UUID noticeId, String noticeReference, String subjectName,
                        String offeringAgencyId, Money offered,
                        ClaimStatus status, Instant filedAt, LocalDate deadline, boolean overdue, String evaluatedBy,
                        Instant evaluatedAt, String reason, Money approved, List<String> payoutApprovers,
                        PayoutView payout) {

    /** The same claim with the notice's reference and subject's name, as the notice module gives them. */
    public ClaimView naming(String reference, String subject) {
        return new ClaimView(id, offerId, noticeId, reference, subject, offeringAgencyId, offered, status, filedAt, deadline,
                overdue, evaluatedBy, evaluatedAt, reason, approved, payoutApprovers, payout);
    }

    /** Two approvals are needed before a payment is recorded. */
    public static final int APPROVALS = 2;

    /** Approved, approved for payment twice, not yet paid: the payment may be recorded. */
    public boolean readyToPay() {
        return status == ClaimStatus.APPROVED && payoutApprovers.size() == APPROVALS;
    }

    /** A payout: what was paid, when, how; who recorded it and the two supervisors who had approved it. */
    public record PayoutView(UUID id, Money amount, LocalDate paidOn, String method, String recordedBy,
                             String firstApprover, String secondApprover) {
        public boolean approved() {
            return secondApprover != null;
        }
    }
}

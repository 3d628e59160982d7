package org.sabueso.reward;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.sabueso.shared.Money;

/**
 * A claim on a reward offer, known by its tip's id only. {@code payout} is null until one is
 * recorded.
 */
public record ClaimView(UUID id, UUID offerId, UUID noticeId, UUID tipId, String offeringAgencyId, Money offered,
                        ClaimStatus status, Instant filedAt, LocalDate deadline, boolean overdue, String evaluatedBy,
                        Instant evaluatedAt, String reason, Money approved, PayoutView payout) {

    /** A payout: what was paid, when, how; who recorded it and the two supervisors who approved it. */
    public record PayoutView(UUID id, Money amount, LocalDate paidOn, String method, String recordedBy,
                             String firstApprover, String secondApprover) {
        public boolean approved() {
            return secondApprover != null;
        }
    }
}

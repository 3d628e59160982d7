package org.sabueso.reward;

import java.time.LocalDate;
import java.util.UUID;

import org.sabueso.shared.Money;

/**
 * A reward offered for information on a notice's subject, with its conversion to US dollars at
 * a recorded rate and date ({@code converted} is null when no rate is recorded). {@code rateSource}
 * is the code of the rate's source (worded by {@code reward.rateSource.<code>} in the bundles) or,
 * for a source recorded before codes, its own words. {@code paid}: a payout was recorded on a claim
 * of this offer.
 */
public record RewardOffer(UUID id, UUID noticeId, String offeringAgencyId, Money amount, LocalDate validFrom,
                          LocalDate validUntil, String conditions, String legalBasis, Money converted,
                          LocalDate rateDate, String rateSource, boolean paid) {

    /** Where an offer stands for the public: still offered, paid out, or closed without payment. */
    public enum Standing { OPEN, PAID, CLOSED }

    /** An offer on a notice no longer hunted (captured, cancelled, expired) is closed, unless it was paid. */
    public Standing standing(boolean noticeOpen) {
        return paid ? Standing.PAID : noticeOpen ? Standing.OPEN : Standing.CLOSED;
    }

    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validUntil == null || !day.isAfter(validUntil));
    }
}

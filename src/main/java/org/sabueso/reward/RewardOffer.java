package org.sabueso.reward;

import java.time.LocalDate;
import java.util.UUID;

import org.sabueso.shared.Money;

/**
 * A reward offered for information on a notice's subject, with its conversion to US dollars at
 * a recorded rate and date ({@code converted} is null when no rate is recorded).
 */
public record RewardOffer(UUID id, UUID noticeId, String offeringAgencyId, Money amount, LocalDate validFrom,
                          LocalDate validUntil, String conditions, String legalBasis, Money converted,
                          LocalDate rateDate, String rateSource) {

    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validUntil == null || !day.isAfter(validUntil));
    }
}

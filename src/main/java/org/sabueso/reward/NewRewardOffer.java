package org.sabueso.reward;

import java.time.LocalDate;
import java.util.UUID;

import org.sabueso.shared.Money;

public record NewRewardOffer(UUID noticeId, Money amount, LocalDate validFrom, LocalDate validUntil,
                             String conditions, String legalBasis) {
}

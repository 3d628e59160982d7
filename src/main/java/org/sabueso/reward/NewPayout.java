package org.sabueso.reward;

import java.time.LocalDate;

import org.sabueso.shared.Money;

/** A payout as a supervisor records it: amount and currency, the day paid, the method. No tipster identity. */
public record NewPayout(Money amount, LocalDate paidOn, String method) {
}

package org.sabueso.tip.web;

import java.util.Locale;
import java.util.UUID;

import org.sabueso.reward.ClaimView;

/** Values the tip pages print, already written for the page's language. */
final class TipParts {

    private TipParts() {
    }

    record NoticeRef(UUID id, String subject) {
    }

    record Offer(UUID id, String amount, String offeredBy, String conditions) {
    }

    /** {@code procedure}: how the offering agency hands a paid reward over, once it is paid (else null). */
    record Claim(UUID id, String status, String offered, String approved, String reason, java.time.LocalDate deadline,
                 String paid, java.time.LocalDate paidOn, String procedure, String offeredBy) {
    }

    static Claim claim(ClaimView c, Locale locale, String procedure, String offeredBy) {
        return new Claim(c.id(), c.status().name(), c.offered().format(locale),
                c.approved() == null ? null : c.approved().format(locale), c.reason(), c.deadline(),
                c.payout() != null && c.payout().approved() ? c.payout().amount().format(locale) : null,
                c.payout() != null && c.payout().approved() ? c.payout().paidOn() : null, procedure, offeredBy);
    }
}

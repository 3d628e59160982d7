package org.sabueso.reward.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sabueso.agency.Viewer;
import org.sabueso.notice.NoticeDetail;
import org.sabueso.notice.Notices;
import org.sabueso.reward.CollectionProcedures;
import org.sabueso.reward.RewardOffer;
import org.sabueso.reward.RewardRefusal;
import org.sabueso.reward.Rewards;
import org.sabueso.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.http.HttpStatus;
import java.util.Map;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Rewards", description = "Reward offers on a notice and where each stands; how the agency's paid rewards are collected")
class RewardApiController {

    private final Rewards rewards;
    private final CollectionProcedures procedures;
    private final Notices notices;
    private final MessageSource messages;
    private final Clock clock;

    RewardApiController(Rewards rewards, CollectionProcedures procedures, Notices notices, MessageSource messages, Clock clock) {
        this.rewards = rewards;
        this.procedures = procedures;
        this.notices = notices;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * An offer as the API gives it: {@code standing} OPEN while the notice is hunted, PAID once a
     * payout was recorded on it, CLOSED when the notice closed without one; the rate's source as
     * its code and in the caller's language.
     */
    record OfferJson(UUID id, UUID noticeId, String offeringAgencyId, BigDecimal amount, String currency,
                     LocalDate validFrom, LocalDate validUntil, String conditions, RewardOffer.Standing standing,
                     BigDecimal convertedAmount, String convertedCurrency, LocalDate rateDate, String rateSource,
                     String rateSourceText) {
    }

    @GetMapping("/api/v1/notices/{id}/rewards")
    @Operation(summary = "The reward offers on a notice the caller may see, each OPEN, PAID or CLOSED")
    List<OfferJson> offers(Viewer viewer, @PathVariable UUID id, Locale locale) {
        NoticeDetail n = notices.peek(viewer, id)
                .orElseThrow(() -> new DomainException.NotFound(RewardRefusal.NOTICE_NOT_FOUND, id));
        return rewards.offersFor(List.of(n.id()), LocalDate.now(clock)).getOrDefault(n.id(), List.of()).stream()
                .map(o -> new OfferJson(o.id(), o.noticeId(), o.offeringAgencyId(), o.amount().amount(),
                        o.amount().currency().getCurrencyCode(), o.validFrom(), o.validUntil(), o.conditions(),
                        o.standing(n.status().open()),
                        o.converted() == null ? null : o.converted().amount(),
                        o.converted() == null ? null : o.converted().currency().getCurrencyCode(), o.rateDate(),
                        o.rateSource(), RateSources.text(messages, o.rateSource(), locale)))
                .toList();
    }

    record OfferInput(BigDecimal amount, String currency, String validFrom, String validUntil, String conditions,
                      String legalBasis) {
    }

    @PostMapping("/api/v1/notices/{id}/rewards")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A supervisor offers a reward on a notice they may see (amount, ISO 4217 currency, validFrom, "
            + "optional validUntil, conditions, legalBasis)")
    Map<String, UUID> offer(Viewer viewer, @PathVariable UUID id, @RequestBody(required = false) OfferInput input) {
        OfferInput in = input == null ? new OfferInput(null, null, null, null, null, null) : input;
        return Map.of("id", OfferPages.offer(rewards, viewer, id, in.amount(), in.currency(), in.validFrom(), in.validUntil(),
                in.conditions(), in.legalBasis()));
    }

    record ProcedureInput(String procedure) {
    }

    record ProcedureJson(String agencyId, String language, String procedure) {
    }

    @PutMapping("/api/v1/rewards/collection-procedure/{language}")
    @Operation(summary = "A supervisor words how their agency's paid rewards are collected (language es or en); "
            + "the tipster's follow-up page shows it once a claim is paid")
    ProcedureJson setProcedure(Viewer viewer, @PathVariable String language, @RequestBody(required = false) ProcedureInput input) {
        procedures.set(viewer, language, input == null ? null : input.procedure());
        return new ProcedureJson(viewer.agencyId(), language.strip(),
                procedures.of(viewer.agencyId(), Locale.forLanguageTag(language.strip())).orElse(null));
    }
}

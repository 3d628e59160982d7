package org.sabueso.reward.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.sabueso.agency.Role;
import org.sabueso.agency.Viewer;
import org.sabueso.notice.NoticeDetail;
import org.sabueso.notice.Notices;
import org.sabueso.reward.NewRewardOffer;
import org.sabueso.reward.RewardRefusal;
import org.sabueso.reward.Rewards;
import org.sabueso.shared.DomainException;
import org.sabueso.shared.Money;
import org.sabueso.shared.Refusal;
import org.sabueso.web.RequestValues;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A supervisor offers a reward on a notice they may see: amount and currency, validity, conditions, legal basis. */
@Controller
class OfferPages {

    static final String FORM = "reward/offer";

    private final Rewards rewards;
    private final Notices notices;
    private final Clock clock;

    OfferPages(Rewards rewards, Notices notices, Clock clock) {
        this.rewards = rewards;
        this.notices = notices;
        this.clock = clock;
    }

    /** What the supervisor typed, shown again with the refusals. */
    record Typed(String amount, String currency, String validFrom, String validUntil, String conditions, String legalBasis) {
    }

    @GetMapping("/console/notices/{id}/reward-offer")
    String form(Viewer viewer, @PathVariable String id, Model model) {
        NoticeDetail n = notice(viewer, id);
        return page(n, new Typed("", "", LocalDate.now(clock).toString(), "", "", ""), Map.of(), model);
    }

    @PostMapping("/console/notices/{id}/reward-offer")
    String offer(Viewer viewer, @PathVariable String id, @RequestParam(required = false) String amount,
                 @RequestParam(required = false) String currency, @RequestParam(required = false) String validFrom,
                 @RequestParam(required = false) String validUntil, @RequestParam(required = false) String conditions,
                 @RequestParam(required = false) String legalBasis, Model model, HttpServletResponse response,
                 RedirectAttributes redirect) {
        NoticeDetail n = notice(viewer, id);
        Typed typed = new Typed(amount, currency, validFrom, validUntil, conditions, legalBasis);
        Map<String, Refusal> errors = new LinkedHashMap<>();
        BigDecimal value = null;
        try {
            value = ClaimPages.decimal(amount);
            if (value != null && value.signum() <= 0) {
                errors.put("amount", Refusal.of(RewardRefusal.OFFER_AMOUNT));
            }
        } catch (DomainException.InvalidInput e) {
            errors.putAll(e.errors());
        }
        java.util.Currency code = null;
        try {
            code = ClaimPages.currency(currency);
        } catch (DomainException.InvalidInput e) {
            errors.putAll(e.errors());
        }
        LocalDate from = date(validFrom, "validFrom", errors);
        LocalDate until = date(validUntil, "validUntil", errors);
        if (errors.isEmpty()) {
            try {
                rewards.offer(viewer, new NewRewardOffer(n.id(), value == null ? null : new Money(value, code), from, until,
                        blankToNull(conditions), blankToNull(legalBasis)));
                redirect.addFlashAttribute("done", "reward.offer.done");
                return "redirect:/console/notices/" + n.id();
            } catch (DomainException.InvalidInput e) {
                errors.putAll(e.errors());
            } catch (DomainException.NotAllowed e) {
                throw new ResponseStatusException(HttpStatus.FORBIDDEN);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        return page(n, typed, errors, model);
    }

    private String page(NoticeDetail n, Typed typed, Map<String, Refusal> errors, Model model) {
        model.addAttribute("notice", n);
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        return FORM;
    }

    private NoticeDetail notice(Viewer viewer, String id) {
        if (viewer.agencyId() == null || !viewer.has(Role.SUPERVISOR)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return notices.peek(viewer, RequestValues.pathId(id)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static LocalDate date(String value, String field, Map<String, Refusal> errors) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.put(field, Refusal.of(RewardRefusal.DATE_FORMAT));
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Used by the API: the same offer from JSON. */
    static UUID offer(Rewards rewards, Viewer viewer, UUID noticeId, BigDecimal amount, String currency, String validFrom,
                      String validUntil, String conditions, String legalBasis) {
        Map<String, Refusal> errors = new LinkedHashMap<>();
        java.util.Currency code = null;
        try {
            code = ClaimPages.currency(currency);
        } catch (DomainException.InvalidInput e) {
            errors.putAll(e.errors());
        }
        if (amount != null && amount.signum() <= 0) {
            errors.put("amount", Refusal.of(RewardRefusal.OFFER_AMOUNT));
        }
        LocalDate from = date(validFrom, "validFrom", errors);
        LocalDate until = date(validUntil, "validUntil", errors);
        if (!errors.isEmpty()) {
            throw new DomainException.InvalidInput(errors);
        }
        return rewards.offer(viewer, new NewRewardOffer(noticeId, amount == null ? null : new Money(amount, code), from, until,
                blankToNull(conditions), blankToNull(legalBasis)));
    }
}

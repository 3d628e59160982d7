package org.sabueso.reward.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.sabueso.shared.Page;
import org.sabueso.agency.Capability;
import org.sabueso.agency.Viewer;
import org.sabueso.reward.ClaimStatus;
import org.sabueso.reward.NewPayout;
import org.sabueso.reward.RewardClaims;
import org.sabueso.reward.RewardRefusal;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Reward claims on the agency's offers: the open ones first with their deadlines (overdue in
 * red), the supervisor's evaluation with reasons, the payout and its two approvals.
 */
@Controller
@RequestMapping("/console/claims")
class ClaimPages {

    static final String LIST = "reward/claims";

    private final RewardClaims claims;
    private final java.time.Clock clock;

    ClaimPages(RewardClaims claims, java.time.Clock clock) {
        this.claims = claims;
        this.clock = clock;
    }

    @GetMapping
    String list(Viewer viewer, @RequestParam(required = false) String status, @RequestParam(required = false) String page,
                Model model) {
        return page(viewer, status, page, null, Map.of(), model);
    }

    /**
     * {@code errors}: each field's refusal, for the claim {@code typedFor} only. The page number
     * counts from 0 as the links do (shared.Page), so it stays lenient here rather than going
     * through RequestValues.page, which counts from 1.
     */
    private String page(Viewer viewer, String status, String page, UUID typedFor, Map<String, Refusal> errors, Model model) {
        require(viewer);
        ClaimStatus chosen = RequestValues.choiceOr(ClaimStatus.class, status, null);
        model.addAttribute("status", chosen);
        model.addAttribute("statuses", ClaimStatus.values());
        model.addAttribute("page", Page.within(RequestValues.pageFromZero(page), n -> claims.list(viewer, chosen, n)));
        model.addAttribute("typedFor", typedFor);
        model.addAttribute("errors", errors);
        model.addAttribute("today", LocalDate.now(clock));
        return LIST;
    }

    @PostMapping("/{id}/evaluation")
    String evaluate(Viewer viewer, @PathVariable String id, @RequestParam(required = false) String decision,
                    @RequestParam(required = false) String amount, @RequestParam(required = false) String reason,
                    Model model, HttpServletResponse response, RedirectAttributes redirect) {
        UUID claimId = RequestValues.pathId(id);
        return act(viewer, claimId, model, response, redirect, "claims.flash.evaluated", () -> {
            boolean approve = switch (decision == null ? "" : decision) {
                case "approve" -> true;
                case "reject" -> false;
                default -> throw new DomainException.InvalidInput("decision", RewardRefusal.DECISION_REQUIRED);
            };
            claims.evaluate(viewer, claimId, approve, decimal(amount), reason);
        });
    }

    @PostMapping("/{id}/payout")
    String payout(Viewer viewer, @PathVariable String id, @RequestParam(required = false) String amount,
                  @RequestParam(required = false) String currency, @RequestParam(required = false) String paidOn,
                  @RequestParam(required = false) String method, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        UUID claimId = RequestValues.pathId(id);
        return act(viewer, claimId, model, response, redirect, "claims.flash.payout", () -> {
            BigDecimal value = decimal(amount);
            if (value == null || value.signum() <= 0) {
                throw new DomainException.InvalidInput("amount", RewardRefusal.PAYOUT_AMOUNT_REQUIRED);
            }
            claims.recordPayout(viewer, claimId, new NewPayout(new Money(value, currency(currency)), date(paidOn), method));
        });
    }

    @PostMapping("/{id}/payout/approval")
    String approve(Viewer viewer, @PathVariable String id, Model model, HttpServletResponse response,
                   RedirectAttributes redirect) {
        UUID claimId = RequestValues.pathId(id);
        return act(viewer, claimId, model, response, redirect, "claims.flash.approved", () -> claims.approvePayout(viewer, claimId));
    }

    private String act(Viewer viewer, UUID claimId, Model model, HttpServletResponse response, RedirectAttributes redirect,
                       String done, Runnable action) {
        require(viewer);
        try {
            action.run();
            redirect.addFlashAttribute("done", done);
        } catch (DomainException.InvalidInput e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return page(viewer, null, null, claimId, e.errors(), model);
        } catch (DomainException.NotFound e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        } catch (DomainException e) {
            redirect.addFlashAttribute("problem", e.refusal());
        }
        return "redirect:/console/claims#claim-" + claimId;
    }

    static BigDecimal decimal(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.strip().replace(" ", "").replace("\u00a0", ""));
        } catch (NumberFormatException e) {
            throw new DomainException.InvalidInput("amount", RewardRefusal.AMOUNT_FORMAT);
        }
    }

    static Currency currency(String code) {
        try {
            return Currency.getInstance(code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new DomainException.InvalidInput("currency", RewardRefusal.CURRENCY_FORMAT);
        }
    }

    static LocalDate date(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new DomainException.InvalidInput("paidOn", RewardRefusal.DATE_FORMAT);
        }
    }

    private static void require(Viewer viewer) {
        if (!Capability.WORK_CLAIMS.allows(viewer)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }
}

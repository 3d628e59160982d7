package org.sabueso.reward.web;

import java.math.BigDecimal;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sabueso.agency.Capability;
import org.sabueso.agency.Viewer;
import org.sabueso.reward.ClaimStatus;
import org.sabueso.reward.ClaimView;
import org.sabueso.reward.NewPayout;
import org.sabueso.reward.RewardClaims;
import org.sabueso.reward.RewardRefusal;
import org.sabueso.shared.DomainException;
import org.sabueso.shared.Money;
import org.sabueso.shared.Page;
import org.sabueso.web.RequestValues;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Reward claims", description = "Claims on the caller's agency's reward offers, evaluations and payouts (four eyes)")
class ClaimApiController {

    private final RewardClaims claims;

    ClaimApiController(RewardClaims claims) {
        this.claims = claims;
    }

    @GetMapping("/api/v1/claims")
    @Operation(summary = "Claims on the caller's agency's offers; status FILED, APPROVED, REJECTED or PAID")
    Page<ClaimView> list(Viewer viewer, @RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page) {
        ClaimStatus chosen = status == null || status.isBlank() ? null : RequestValues.choice("status", ClaimStatus.class, status);
        return claims.list(viewer, chosen, Math.max(0, page));
    }

    @GetMapping("/api/v1/claims/{id}")
    ClaimView get(Viewer viewer, @PathVariable UUID id) {
        return claims.get(viewer, id).orElseThrow(() -> new DomainException.NotFound(RewardRefusal.CLAIM_NOT_FOUND, id));
    }

    record EvaluationInput(Boolean approve, BigDecimal amount, String reason) {
    }

    @PostMapping("/api/v1/claims/{id}/evaluation")
    @Operation(summary = "A supervisor of the offering agency approves (amount up to the offer, default the offer) or rejects, with reasons")
    ClaimView evaluate(Viewer viewer, @PathVariable UUID id, @RequestBody EvaluationInput input) {
        Capability.WORK_CLAIMS.require(viewer);
        if (input == null || input.approve() == null) {
            throw new DomainException.InvalidInput("approve", RewardRefusal.APPROVE_REQUIRED);
        }
        return claims.evaluate(viewer, id, input.approve(), input.amount(), input.reason());
    }

    record PayoutInput(BigDecimal amount, String currency, String paidOn, String method) {
    }

    @PostMapping("/api/v1/claims/{id}/payout")
    @Operation(summary = "Record the payout of an approved claim (amount, ISO 4217 currency, date paid, method); two supervisors must then approve it")
    ClaimView payout(Viewer viewer, @PathVariable UUID id, @RequestBody PayoutInput input) {
        Capability.WORK_CLAIMS.require(viewer);
        if (input == null || input.amount() == null || input.amount().signum() <= 0) {
            throw new DomainException.InvalidInput("amount", RewardRefusal.PAYOUT_AMOUNT_REQUIRED);
        }
        return claims.recordPayout(viewer, id, new NewPayout(new Money(input.amount(), ClaimPages.currency(input.currency())),
                ClaimPages.date(input.paidOn()), input.method()));
    }

    @PostMapping("/api/v1/claims/{id}/payout/approval")
    @Operation(summary = "Approve the payout; the second approval, by a different supervisor, pays the claim")
    ClaimView approve(Viewer viewer, @PathVariable UUID id) {
        return claims.approvePayout(viewer, id);
    }
}

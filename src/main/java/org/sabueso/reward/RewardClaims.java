package org.sabueso.reward;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.sabueso.agency.Viewer;
import org.sabueso.shared.Page;

/**
 * Claims on reward offers and their payouts. Claims are filed by the tip module on the tipster's
 * behalf, once it has checked the codename and that the tip led to the capture; the reward
 * module checks the offer and that the same capture is not claimed twice by one claimant. A
 * claimant is an opaque value the tip module derives from the codename: no claim names its tip.
 */
public interface RewardClaims {

    /**
     * Files a claim of {@code claimant} on {@code offerId}, which must be an offer on {@code noticeId}.
     * Nothing is audited: the tipster's actions stay out of the chain, and the claim's time is kept to the minute.
     */
    ClaimView file(byte[] claimant, UUID noticeId, UUID offerId);

    /** The claims of one claimant, for the tipster who holds the codename. */
    List<ClaimView> ofClaimant(byte[] claimant);

    /** Claims on the viewer's agency's offers. */
    Page<ClaimView> list(Viewer viewer, ClaimStatus status, int page);

    Optional<ClaimView> get(Viewer viewer, UUID claimId);

    /** A supervisor of the offering agency approves (for an amount up to the offer's) or rejects, saying why. */
    ClaimView evaluate(Viewer viewer, UUID claimId, boolean approve, BigDecimal amount, String reason);

    /** Records the payment of an approved claim, once two supervisors approved its payout; the claim is then PAID. */
    ClaimView recordPayout(Viewer viewer, UUID claimId, NewPayout payout);

    /**
     * One of the two approvals of an approved claim's payout, by a supervisor who did not evaluate
     * the claim and has not approved it already. Of concurrent approvals only real changes succeed.
     */
    ClaimView approvePayout(Viewer viewer, UUID claimId);

    /** Open claims (filed or approved, not yet paid) of the viewer's agency and how many are past their deadline. */
    long[] openAndOverdue(Viewer viewer);
}

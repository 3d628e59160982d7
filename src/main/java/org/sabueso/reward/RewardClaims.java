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
 * module checks the offer and that the same capture is not claimed twice by one tip.
 */
public interface RewardClaims {

    /** Files a claim of {@code tipId} on {@code offerId}, which must be an offer on {@code noticeId}. */
    ClaimView file(UUID tipId, UUID noticeId, UUID offerId);

    /** The claims of one tip, for its tipster. */
    List<ClaimView> ofTip(UUID tipId);

    /** Claims on the viewer's agency's offers. */
    Page<ClaimView> list(Viewer viewer, ClaimStatus status, int page);

    Optional<ClaimView> get(Viewer viewer, UUID claimId);

    /** A supervisor of the offering agency approves (for an amount up to the offer's) or rejects, saying why. */
    ClaimView evaluate(Viewer viewer, UUID claimId, boolean approve, BigDecimal amount, String reason);

    /** Records the payout of an approved claim; it is made only once two different supervisors approve it. */
    ClaimView recordPayout(Viewer viewer, UUID claimId, NewPayout payout);

    /** One of the two approvals of a payout; the second, by another supervisor, marks the claim PAID. */
    ClaimView approvePayout(Viewer viewer, UUID claimId);

    /** Open claims (filed or approved, not yet paid) of the viewer's agency and how many are past their deadline. */
    long[] openAndOverdue(Viewer viewer);
}

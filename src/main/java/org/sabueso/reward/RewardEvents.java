package org.sabueso.reward;

import java.util.UUID;

import org.sabueso.shared.Auditable;
import org.sabueso.shared.Money;

/** Events the reward module publishes. A tipster's claim publishes none: tipster actions stay out of the audit chain. */
public final class RewardEvents {

    private RewardEvents() {
    }

    /** A supervisor offered a reward for information on a notice's subject. */
    public record RewardOffered(UUID offerId, UUID noticeId, Money amount, String actor, String actorAgency)
            implements Auditable {
        public String action() { return "reward.offer"; }
        public String targetType() { return "reward_offer"; }
        public String targetId() { return offerId.toString(); }
        public String detail() { return "notice " + noticeId + " " + amount; }
    }

    /** A supervisor of the offering agency approved or rejected a claim. */
    public record ClaimEvaluated(UUID claimId, ClaimStatus outcome, String actor, String actorAgency) implements Auditable {
        public String action() { return "reward.claim.evaluate"; }
        public String targetType() { return "reward_claim"; }
        public String targetId() { return claimId.toString(); }
        public String detail() { return outcome.name(); }
    }

    /** A payout was approved once (step approve1), twice (approve2), or its payment recorded (record: the claim is paid). */
    public record PayoutChanged(UUID claimId, String step, Money amount, String actor, String actorAgency)
            implements Auditable {
        public String action() { return "reward.payout." + step; }
        public String targetType() { return "reward_claim"; }
        public String targetId() { return claimId.toString(); }
        public String detail() { return amount.toString(); }
    }

    /** A supervisor reworded how their agency's paid rewards are collected, in one language. */
    public record ProcedureChanged(String agencyId, String language, String actor) implements Auditable {
        public String action() { return "reward.procedure.change"; }
        public String targetType() { return "agency"; }
        public String targetId() { return agencyId; }
        public String detail() { return language; }
        public String actorAgency() { return agencyId; }
    }

    /** A claim of the agency's offers was read by staff. */
    public record ClaimsRead(String actor, String actorAgency, String what) implements Auditable {
        public String action() { return "reward.claim.read"; }
        public String targetType() { return "reward_claim"; }
        public String targetId() { return what; }
        public String detail() { return what; }
        public boolean isRead() { return true; }
    }
}

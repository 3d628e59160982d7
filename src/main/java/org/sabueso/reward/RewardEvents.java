package org.sabueso.reward;

import java.util.UUID;

import org.sabueso.shared.Auditable;
import org.sabueso.shared.Money;

/** Events the reward module publishes. */
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
}

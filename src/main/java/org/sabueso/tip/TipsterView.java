package org.sabueso.tip;

import java.util.List;
import java.util.UUID;

/**
 * What the tipster sees with the codename: the tip's public status (no triage detail), the
 * report, the messages both ways (never internal notes), and the reward claims and the offers
 * that may still be claimed.
 */
public record TipsterView(UUID tipId, UUID noticeId, String subjectName, PublicStatus status, List<TipEntry> messages,
                          List<org.sabueso.reward.ClaimView> claims, List<org.sabueso.reward.RewardOffer> claimable) {

    /** The status as the tipster reads it: received, being looked into, closed, or led to a capture. */
    public enum PublicStatus { RECEIVED, IN_REVIEW, CLOSED, LED_TO_CAPTURE }

    public static PublicStatus of(TipStatus s) {
        return switch (s) {
            case NEW -> PublicStatus.RECEIVED;
            case TRIAGED, ACTIONABLE -> PublicStatus.IN_REVIEW;
            case DUPLICATE, UNFOUNDED -> PublicStatus.CLOSED;
            case LED_TO_CAPTURE -> PublicStatus.LED_TO_CAPTURE;
        };
    }
}

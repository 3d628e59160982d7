package org.sabueso.tip;

import java.util.UUID;

import org.sabueso.shared.Auditable;

/**
 * Events the tip module publishes for the audit trail. Only staff actions are recorded: a
 * tipster's submission or follow-up leaves no audit entry, as an entry with its moment would be
 * one more record to correlate with. Details never carry tip content.
 */
public final class TipEvents {

    private TipEvents() {
    }

    /** A staff member opened a tip (its content was decrypted for them). */
    public record TipRead(UUID tipId, String actor, String actorAgency, String channel) implements Auditable {
        public String action() { return "tip.read"; }
        public String targetType() { return "tip"; }
        public String targetId() { return tipId.toString(); }
        public String detail() { return "via " + channel; }
        public boolean isRead() { return true; }
    }

    /** A staff member opened a photo of a tip. */
    public record TipPhotoRead(UUID tipId, UUID photoId, String actor, String actorAgency) implements Auditable {
        public String action() { return "tip.photo.read"; }
        public String targetType() { return "tip"; }
        public String targetId() { return tipId.toString(); }
        public String detail() { return "photo " + photoId; }
        public boolean isRead() { return true; }
    }

    /** The inbox was listed. */
    public record TipsListed(String actor, String actorAgency, String filter) implements Auditable {
        public String action() { return "tip.list"; }
        public String targetType() { return "tip"; }
        public String targetId() { return actorAgency; }
        public String detail() { return filter; }
        public boolean isRead() { return true; }
    }

    /** Triage changed a tip: status, assignment, a note, a message to the tipster, a sighting. */
    public record TipTriaged(UUID tipId, String change, String actor, String actorAgency) implements Auditable {
        public String action() { return "tip." + change; }
        public String targetType() { return "tip"; }
        public String targetId() { return tipId.toString(); }
        public String detail() { return change; }
    }

    /** A tip was marked as having led to its subject's capture: its tipster may claim the rewards. */
    public record TipLedToCapture(UUID tipId, UUID noticeId, String actor, String actorAgency) implements Auditable {
        public String action() { return "tip.led_to_capture"; }
        public String targetType() { return "tip"; }
        public String targetId() { return tipId.toString(); }
        public String detail() { return "notice " + noticeId; }
    }
}

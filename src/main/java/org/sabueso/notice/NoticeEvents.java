package org.sabueso.notice;

import java.time.LocalDate;
import java.util.UUID;

import org.sabueso.shared.Auditable;

/** Events the notice module publishes; other modules listen, none is called back. */
public final class NoticeEvents {

    private NoticeEvents() {
    }

    /** A notice was drafted by an analyst of the issuing agency. */
    public record NoticeDrafted(UUID noticeId, String reference, String actor, String actorAgency) implements Auditable {
        public String action() { return "notice.draft"; }
        public String targetType() { return "notice"; }
        public String targetId() { return noticeId.toString(); }
        public String detail() { return reference; }
    }

    /** A notice moved from one status to another (including activation and expiry). */
    public record NoticeStatusChanged(UUID noticeId, String reference, NoticeStatus from, NoticeStatus to,
                                      String actor, String actorAgency) implements Auditable {
        public String action() { return "notice.transition"; }
        public String targetType() { return "notice"; }
        public String targetId() { return noticeId.toString(); }
        public String detail() { return reference + " " + from + "→" + to; }
    }

    /** A supervisor extended the review-by date of an open notice. */
    public record NoticeRenewed(UUID noticeId, String reference, LocalDate previousReviewBy, LocalDate reviewBy,
                                String actor, String actorAgency) implements Auditable {
        public String action() { return "notice.renew"; }
        public String targetType() { return "notice"; }
        public String targetId() { return noticeId.toString(); }
        public String detail() { return reference + " review-by " + previousReviewBy + "→" + reviewBy; }
    }

    /** A notice became ACTIVE: screening and the portal pick it up. */
    public record NoticeActivated(UUID noticeId, UUID subjectId, String issuingAgencyId) {
    }

    /** A draft was revised. */
    public record NoticeRevised(UUID noticeId, String reference, String actor, String actorAgency) implements Auditable {
        public String action() { return "notice.revise"; }
        public String targetType() { return "notice"; }
        public String targetId() { return noticeId.toString(); }
        public String detail() { return reference; }
    }

    /** A staff member read a notice and its subject. */
    public record NoticeRead(UUID noticeId, UUID subjectId, String actor, String actorAgency, String channel)
            implements Auditable {
        public String action() { return "notice.read"; }
        public String targetType() { return "notice"; }
        public String targetId() { return noticeId.toString(); }
        public String detail() { return "subject " + subjectId + " via " + channel; }
        public boolean isRead() { return true; }
    }

    /** A staff member listed or searched notices, or exported them. */
    public record NoticesListed(String actor, String actorAgency, String query, long results, String channel)
            implements Auditable {
        public String action() { return "notice.list"; }
        public String targetType() { return "notice"; }
        public String targetId() { return null; }
        public String detail() { return channel + " " + query + " → " + results; }
        public boolean isRead() { return true; }
    }

    /** An import created notices in bulk (one event per batch, not per notice). */
    public record NoticesImported(String actor, String actorAgency, int count, java.util.List<UUID> noticeIds)
            implements Auditable {
        public String action() { return "notice.import"; }
        public String targetType() { return "notice"; }
        public String targetId() { return null; }
        public String detail() { return count + " notices"; }
    }
}

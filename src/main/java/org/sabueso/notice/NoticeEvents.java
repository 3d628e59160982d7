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

    /**
     * A supervisor of the issuing agency changed who may see a released notice: its sharing scope
     * and partners. A narrowed scope withdraws it from the nodes that may no longer see it (issue 16).
     */
    public record NoticeScopeChanged(UUID noticeId, String reference, org.sabueso.agency.SharingScope from,
                                     org.sabueso.agency.SharingScope to, java.util.Set<String> partnerAgencyIds,
                                     String actor, String actorAgency) implements Auditable {
        public String action() { return "notice.scope"; }
        public String targetType() { return "notice"; }
        public String targetId() { return noticeId.toString(); }
        public String detail() { return reference + " " + from + "→" + to + " " + new java.util.TreeSet<>(partnerAgencyIds); }
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

    /**
     * An import created notices in bulk (one event per batch, not per notice): UNDER_REVIEW in the
     * import {@code importId}, or ACTIVE when the demo loads its own ({@code importId} null).
     */
    public record NoticesImported(String actor, String actorAgency, int count, java.util.List<UUID> noticeIds,
                                  UUID importId) implements Auditable {
        public String action() { return "notice.import"; }
        public String targetType() { return importId == null ? "notice" : "import"; }
        public String targetId() { return importId == null ? null : importId.toString(); }
        public String detail() { return count + (importId == null ? " notices active" : " notices under review"); }
    }

    /**
     * A supervisor reviewed an import as a whole: {@code notices} of its notices were approved
     * (activated) or returned to draft. Each notice also has its own review pointing to {@code reviewId}.
     */
    public record NoticeImportReviewed(UUID importId, UUID reviewId, boolean approved, int notices, String actor,
                                       String actorAgency) implements Auditable {
        public String action() { return "notice.import.review"; }
        public String targetType() { return "import"; }
        public String targetId() { return importId.toString(); }
        public String detail() { return (approved ? "approved " : "returned ") + notices + " notices, review " + reviewId; }
    }

    /**
     * Notices of an import became ACTIVE by the import's review (in chunks, not one event per
     * notice): screening picks them up as it does a single {@link NoticeStatusChanged} to ACTIVE.
     */
    public record ImportedNoticesActivated(UUID importId, java.util.List<UUID> noticeIds) {
    }

    /**
     * What screening compares or filters by changed without a status change: a copy of another
     * node's notice replaced by a newer state from its owner (its scope, partners, subject). The
     * screening index reads the notice again, as it does on {@link NoticeStatusChanged}.
     */
    public record NoticeContentChanged(UUID noticeId) {
    }

    /**
     * Copies of another node's notices stored in bulk (a snapshot chunk, issue 16): the screening
     * index reads them all at once. Not audited one by one: the federation audits the chunk that
     * brought them (its range and count).
     */
    public record CopiesReceived(String fromNode, java.util.List<UUID> noticeIds) {
        public CopiesReceived {
            noticeIds = java.util.List.copyOf(noticeIds);
        }
    }
}

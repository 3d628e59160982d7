package org.sabueso.screening;

import java.util.List;
import java.util.UUID;

import org.sabueso.shared.Auditable;

/** Events the screening module publishes. */
public final class ScreeningEvents {

    private ScreeningEvents() {
    }

    /** A MATCH was sent to the issuing agency for confirmation. */
    public record HitOpened(UUID hitId, UUID noticeId, String issuingAgencyId, String actor, String actorAgency)
            implements Auditable {
        public String action() { return "hit.open"; }
        public String targetType() { return "hit"; }
        public String targetId() { return hitId.toString(); }
        public String detail() { return "notice " + noticeId + " of " + issuingAgencyId; }
    }

    /** The issuing agency answered a hit. */
    public record HitAnswered(UUID hitId, UUID noticeId, HitStatus status, HitAction requestedAction, String actor,
                              String actorAgency) implements Auditable {
        public String action() { return "hit.answer"; }
        public String targetType() { return "hit"; }
        public String targetId() { return hitId.toString(); }
        public String detail() { return status + (requestedAction == null ? "" : " " + requestedAction); }
    }

    /** A person was screened, for a stated purpose; the name screened is not repeated here. */
    public record PersonScreened(UUID screeningId, String actor, String actorAgency, String purpose, int hits,
                                 int matches) implements Auditable {
        public String action() { return "screening.run"; }
        public String targetType() { return "screening"; }
        public String targetId() { return screeningId.toString(); }
        public String detail() { return "purpose: " + purpose + "; hits " + hits + ", matches " + matches; }
        // not a read to group: it is published in the transaction that keeps the screening and
        // opens its hits, and appended there, in the same commit (ScreeningWriter)
    }

    /** Two people were compared, for a stated purpose; their names are not repeated here. */
    public record PeopleCompared(UUID compareId, String actor, String actorAgency, String purpose,
                                 CompareResult.Verdict decision) implements Auditable {
        public String action() { return "screening.compare"; }
        public String targetType() { return "comparison"; }
        public String targetId() { return compareId.toString(); }
        public String detail() { return "purpose: " + purpose + "; " + decision; }
        public boolean isRead() { return true; }
    }

    /**
     * Cross-agency links were proposed here (only the pairs new to this node). Not audited, as
     * proposals never were; the federation sends them to the other notice's node.
     */
    public record LinksProposed(List<UUID> linkIds) {
    }

    /** An analyst here decided a link; the federation sends the decision to the other notice's node. */
    public record LinkDecided(UUID linkId) {
    }
}

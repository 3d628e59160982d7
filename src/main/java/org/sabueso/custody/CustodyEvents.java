package org.sabueso.custody;

import java.util.List;
import java.util.UUID;

import org.sabueso.shared.Auditable;

/** Events the custody module publishes; each staff action is also an entry in the audit trail. */
public final class CustodyEvents {

    private CustodyEvents() {
    }

    /** One escapee of an escape: the prisoner file, the person, and the notice drafted (or joined) for them. */
    public record Escapee(UUID fileId, UUID personId, UUID noticeId) {
    }

    /**
     * Prisoners escaped from a facility. Their notices are already drafted under {@code caseReference}
     * and waiting in the issuing agency's review queue when this is published.
     */
    public record EscapeReported(UUID incidentId, String caseReference, UUID facilityId, String country,
                                 List<Escapee> escapees, String method, String actor, String actorAgency)
            implements Auditable {
        public String action() { return "custody.escape"; }
        public String targetType() { return "incident"; }
        public String targetId() { return incidentId.toString(); }
        public String detail() { return caseReference + " " + escapees.size() + " escapee(s)"; }
    }

    /** A staff change to custody records: {@code action} such as {@code custody.rollcall}, on a target. */
    public record CustodyRecorded(String action, String targetType, UUID target, String detail, String actor,
                                  String actorAgency) implements Auditable {
        public String targetId() { return target == null ? null : target.toString(); }
    }

    /** A staff member read custody records (a facility's oversight, a prisoner file, a list). */
    public record CustodyRead(String action, String targetType, UUID target, String detail, String actor,
                              String actorAgency) implements Auditable {
        public String targetId() { return target == null ? null : target.toString(); }
        public boolean isRead() { return true; }
    }
}

package org.sabueso.interchange;

import org.sabueso.shared.Auditable;

/** Events the interchange module publishes. */
public final class InterchangeEvents {

    private InterchangeEvents() {
    }

    /**
     * A batch of an import recorded persons without a notice (one event per batch; the persons
     * that got a notice are in the notice module's {@code NoticesImported} of the same batch).
     */
    public record PersonsImported(String actor, String actorAgency, int count) implements Auditable {
        public String action() { return "person.import"; }
        public String targetType() { return "person"; }
        public String targetId() { return null; }
        public String detail() { return count + " persons without notice"; }
    }

    /** A staff member exported entities as FollowTheMoney. */
    public record EntitiesExported(String actor, String actorAgency, String filter, long persons, long notices)
            implements Auditable {
        public String action() { return "entity.export"; }
        public String targetType() { return "person"; }
        public String targetId() { return null; }
        public String detail() { return filter + " → " + persons + " persons, " + notices + " notices"; }
    }
}

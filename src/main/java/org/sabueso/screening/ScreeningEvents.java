package org.sabueso.screening;

import java.util.UUID;

import org.sabueso.shared.Auditable;

/** Events the screening module publishes. */
public final class ScreeningEvents {

    private ScreeningEvents() {
    }

    /** A person was screened, for a stated purpose; the name screened is not repeated here. */
    public record PersonScreened(UUID screeningId, String actor, String actorAgency, String purpose, int hits,
                                 int matches) implements Auditable {
        public String action() { return "screening.run"; }
        public String targetType() { return "screening"; }
        public String targetId() { return screeningId.toString(); }
        public String detail() { return "purpose: " + purpose + "; hits " + hits + ", matches " + matches; }
    }
}

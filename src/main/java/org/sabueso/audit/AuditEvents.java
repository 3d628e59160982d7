package org.sabueso.audit;

import org.sabueso.shared.Auditable;

/** What auditors do is audited too: reading, exporting and verifying the trail leave entries. */
public final class AuditEvents {

    private AuditEvents() {
    }

    /** An auditor listed or filtered the trail. */
    public record AuditTrailViewed(String actor, String actorAgency, String query) implements Auditable {
        public String action() { return "audit.view"; }
        public String targetType() { return "audit"; }
        public String targetId() { return null; }
        public String detail() { return query; }
    }

    /** An auditor exported entries as CSV. */
    public record AuditTrailExported(String actor, String actorAgency, String query) implements Auditable {
        public String action() { return "audit.export"; }
        public String targetType() { return "audit"; }
        public String targetId() { return null; }
        public String detail() { return query; }
    }

    /** Someone verified the chain; the detail says what they saw. */
    public record AuditChainVerified(String actor, String actorAgency, String outcome) implements Auditable {
        public String action() { return "audit.verify"; }
        public String targetType() { return "audit"; }
        public String targetId() { return null; }
        public String detail() { return outcome; }
    }
}

package org.sabueso.network;

import java.util.List;
import java.util.UUID;

import org.sabueso.shared.Auditable;

/**
 * Events the network module publishes. Each has a listener: the audit trail records every one
 * (they are {@link Auditable}); {@code LinkRecorded}, {@code LinkRemoved} and {@code NodeRecorded}
 * also change the in-memory graph right after commit (network.internal.LiveGraph).
 */
public final class NetworkEvents {

    private NetworkEvents() {
    }

    /** A link was recorded; the in-memory graph adds it after commit. */
    public record LinkRecorded(UUID linkId, LinkType type, UUID from, UUID to, String actor, String actorAgency)
            implements Auditable {
        public String action() { return "network.link"; }
        public String targetType() { return "network_link"; }
        public String targetId() { return linkId.toString(); }
        public String detail() { return type + " " + from + "→" + to; }
    }

    /** A link was removed by its issuing agency. */
    public record LinkRemoved(UUID linkId, UUID from, UUID to, String actor, String actorAgency) implements Auditable {
        public String action() { return "network.unlink"; }
        public String targetType() { return "network_link"; }
        public String targetId() { return linkId.toString(); }
        public String detail() { return from + "→" + to; }
    }

    /** An organisation, place or event was recorded. */
    public record NodeRecorded(UUID id, NodeType type, String name, String actor, String actorAgency) implements Auditable {
        public String action() { return "network.record"; }
        public String targetType() { return type.name().toLowerCase(java.util.Locale.ROOT); }
        public String targetId() { return id.toString(); }
        public String detail() { return name.length() > 120 ? name.substring(0, 120) : name; }
    }

    /** A designation of an organisation was recorded. */
    public record DesignationRecorded(UUID designationId, UUID organisationId, String program, String actor,
                                      String actorAgency) implements Auditable {
        public String action() { return "network.designate"; }
        public String targetType() { return "organization"; }
        public String targetId() { return organisationId.toString(); }
        public String detail() { return program.length() > 120 ? program.substring(0, 120) : program; }
    }

    /** A staff member saved a chart of their own. */
    public record ChartSaved(UUID chartId, int nodes, String actor, String actorAgency) implements Auditable {
        public String action() { return "network.chart"; }
        public String targetType() { return "network_chart"; }
        public String targetId() { return chartId.toString(); }
        public String detail() { return nodes + " nodes"; }
    }

    /** An event was put on the timeline by hand. */
    public record EventRecorded(UUID eventId, EventKind kind, String actor, String actorAgency) implements Auditable {
        public String action() { return "network.event"; }
        public String targetType() { return "network_event"; }
        public String targetId() { return eventId.toString(); }
        public String detail() { return kind.name(); }
    }

    /** A staff member read an organisation's page, a graph answer or a timeline, or exported a chart. */
    public record NetworkRead(String what, String target, String actor, String actorAgency, String channel, long results)
            implements Auditable {
        public String action() { return "network." + what; }
        public String targetType() { return "network"; }
        public String targetId() { return target; }
        public String detail() { return channel + " → " + results; }
        public boolean isRead() { return true; }
    }

    /**
     * An import stored these links for the actor's agency (the audit trail counts them through the
     * module's own event); the federation copies those whose scope reaches other countries.
     */
    public record LinksImportedHere(List<UUID> linkIds, String actorAgency) {
    }
}

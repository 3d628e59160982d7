package org.sabueso.network.internal;

import java.util.List;
import java.util.UUID;

import org.sabueso.shared.Auditable;

/**
 * Links an import recorded, as one event for the batch: the live graph adds them after commit
 * ({@link LiveGraph}) and the audit trail records one entry, not one per link.
 */
record LinksImported(List<UUID> linkIds, String actor, String actorAgency, int count) implements Auditable {
    public String action() { return "network.import"; }
    public String targetType() { return "network_link"; }
    public String targetId() { return null; }
    public String detail() { return count + " links"; }
}

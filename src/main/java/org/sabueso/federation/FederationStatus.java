package org.sabueso.federation;

import java.time.Instant;
import java.util.Optional;

/**
 * How this node stands in the federation, for pages and the status endpoint: whether it is
 * federated at all, its id, how fresh its copy of other nodes' records is and whether its link to
 * the broker is up ("notices as of 14:02, link down 37 min").
 */
public interface FederationStatus {

    /** False when {@code sabueso.node.id} is not set: one node for all, as before issue 16. */
    boolean federated();

    /** This node's id ("VE", "CO-CUCUTA"), or empty when not federated. */
    Optional<String> self();

    /** When the last message from another node was applied here. */
    Optional<Instant> lastApplied();

    /** Since when the broker has been out of reach; empty while the link is up. */
    Optional<Instant> linkDownSince();

    /** Messages committed here and not yet accepted by the broker. */
    long outboxPending();
}

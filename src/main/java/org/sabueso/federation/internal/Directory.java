package org.sabueso.federation.internal;

import java.security.PublicKey;
import java.util.Collection;
import java.util.Optional;

/**
 * The federation directory as this node read it at start: every node and post, the agencies each
 * holds, and its public key. Distributed as a file signed by the federation's directory key
 * ({@code sabueso.federation.directory}); a node refuses to start on a directory whose signature
 * does not hold.
 */
public interface Directory {

    /** This node's id ("VE", or a post's id such as "CO-CUCUTA"). */
    String self();

    NodeEntry selfEntry();

    /** Every node and post, this one included. */
    Collection<NodeEntry> nodes();

    Optional<NodeEntry> node(String nodeId);

    /** The national node (never a post) that holds this agency's records, if the agency is known. */
    Optional<String> nodeOfAgency(String agencyId);

    /** The key that signs this node's messages; empty for a node not in the directory. */
    Optional<PublicKey> keyOf(String nodeId);
}

package org.sabueso.tip;

import java.util.Optional;

/**
 * Which node holds an agency's private tip key, when it is not this one. Provided by the
 * federation (from its directory); without such a bean every agency's key is held here, as on one
 * node for all. A tip for an agency held elsewhere is sealed with the public key that node sent
 * ({@link TipExchange#learnKey}), never with a key made here, so only that node can open it.
 */
public interface TipKeyHolders {

    /** The node that holds the agency's private key; empty when this node does. */
    Optional<String> holderOf(String agencyId);
}

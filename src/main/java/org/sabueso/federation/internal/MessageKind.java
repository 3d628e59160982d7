package org.sabueso.federation.internal;

/**
 * A kind of event addressed to one node (a hit for the issuing node, its answer back, a sealed tip
 * for the receiving agency's node). One bean per kind; the receiver finds it by {@link #kind()}.
 */
public interface MessageKind {

    String kind();

    /**
     * Applies a received message inside the receiver's transaction. Checks that the sender may
     * speak for what it says (the issuing node for an answer, the screening node for a hit) and
     * throws {@link Refused} otherwise.
     */
    void apply(Envelope envelope);
}

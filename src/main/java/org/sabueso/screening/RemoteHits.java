package org.sabueso.screening;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Hits that cross between national nodes (issue 16), for the federation module: a MATCH on a copy
 * of another node's notice is sent to that node's inbox, and its answer comes back. The screening
 * module does not know the nodes; the federation decides where a hit goes and checks who may speak
 * for it, and calls these in the transaction that opened the hit or that applies the message.
 */
public interface RemoteHits {

    /** A hit as the issuing agency's inbox shows it, whoever asks: what is sent to the issuing node. */
    Optional<HitView> find(UUID hitId);

    /**
     * The hit was sent to the node of its issuing agency: until that node's answer comes back the
     * officer sees "waiting for" that node's country ({@link HitView#awaitingNode()}).
     */
    void awaitAnswerFrom(UUID hitId, String nodeId);

    /**
     * A hit that an officer of {@code fromNode} opened on one of this node's notices goes into the
     * issuing agency's inbox with the id it was given there, and is audited as a hit opened here
     * would be ({@link ScreeningEvents.HitOpened}). False, and nothing changes, when it is there
     * already: a repeated message opens nothing twice.
     */
    boolean receive(ReceivedHit hit, String fromNode);

    /** The node a hit came from, for a hit another node's officer opened; empty for a hit opened here. */
    Optional<String> receivedFrom(UUID hitId);

    /**
     * The issuing node answered a hit sent to it: the answer is recorded as the issuing agency gave
     * it, the hit no longer waits, a rejection is remembered here (where the traveller's documents
     * are) and {@link ScreeningEvents.HitAnswered} is published. False, and nothing changes, when the
     * hit does not wait for that node's answer (answered already, or never sent there).
     */
    boolean answerFrom(String nodeId, UUID hitId, HitStatus status, HitAction action, String note, String answeredBy,
                       String answeredByAgency, Instant answeredAt);
}

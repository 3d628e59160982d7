package org.sabueso.federation.hits;

import java.util.Optional;
import java.util.UUID;

import org.sabueso.federation.internal.Directory;
import org.sabueso.federation.internal.FederatedNode;
import org.sabueso.federation.internal.Kinds;
import org.sabueso.federation.internal.Outbox;
import org.sabueso.screening.HitView;
import org.sabueso.screening.RemoteHits;
import org.sabueso.screening.ScreeningEvents;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Sends what the issuing node and the screening node must hear of a hit. A hit opened here on a
 * copy of another node's notice goes to that node's inbox, and the hit waits for its answer; an
 * answer given here to a hit another node's officer opened goes back to that node. Plain
 * {@code @EventListener}s: they run inside the transaction that opened or answered the hit, so the
 * hit, its mark and the outgoing message commit together or not at all.
 */
@Component
@FederatedNode
class HitsToOtherNodes {

    private final Directory directory;
    private final Outbox outbox;
    private final RemoteHits hits;

    HitsToOtherNodes(Directory directory, Outbox outbox, RemoteHits hits) {
        this.directory = directory;
        this.outbox = outbox;
        this.hits = hits;
    }

    /** The Kafka key of a hit's messages, so its opening and answer keep their order. */
    static String recordKey(UUID hitId) {
        return "hit:" + hitId;
    }

    @EventListener
    void on(ScreeningEvents.HitOpened opened) {
        // an agency the directory does not know is this node's own (a single-node agency): nothing crosses
        Optional<String> issuingNode = directory.nodeOfAgency(opened.issuingAgencyId())
                .filter(node -> !node.equals(directory.self()));
        if (issuingNode.isEmpty()) {
            return;
        }
        HitView hit = hits.find(opened.hitId()).orElseThrow();
        outbox.send(Kinds.HIT_OPENED, recordKey(hit.id()), issuingNode.get(), HitMessages.opened(hit));
        hits.awaitAnswerFrom(hit.id(), issuingNode.get());
    }

    @EventListener
    void on(ScreeningEvents.HitAnswered answered) {
        Optional<String> screeningNode = hits.receivedFrom(answered.hitId());
        if (screeningNode.isEmpty()) {
            return;
        }
        HitView hit = hits.find(answered.hitId()).orElseThrow();
        outbox.send(Kinds.HIT_ANSWERED, recordKey(hit.id()), screeningNode.get(),
                HitMessages.answered(hit, answered.actorAgency()));
    }
}

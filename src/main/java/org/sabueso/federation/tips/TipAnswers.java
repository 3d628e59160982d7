package org.sabueso.federation.tips;

import java.util.Optional;

import org.sabueso.federation.FederationStatus;
import org.sabueso.federation.internal.Directory;
import org.sabueso.federation.internal.Envelope;
import org.sabueso.federation.internal.FederatedNode;
import org.sabueso.federation.internal.Kinds;
import org.sabueso.federation.internal.MessageKind;
import org.sabueso.federation.internal.NodeEntry;
import org.sabueso.federation.internal.Outbox;
import org.sabueso.federation.internal.RefusalCode;
import org.sabueso.federation.internal.Refused;
import org.sabueso.federation.links.Nodes;
import org.sabueso.tip.TipExchange;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What a receiving agency says to a tipster who filed on another node's tip line, and the tip's
 * status, go back to that node ({@link Kinds#TIP_ANSWER}), where the codename opens them: sent in
 * the transaction of the change, taken there only from the node that holds the agency, for a tip
 * filed there and addressed to that agency.
 */
@Component
@FederatedNode
class TipAnswers implements MessageKind {

    private final Directory directory;
    private final Outbox outbox;
    private final FederationStatus status;
    private final TipExchange tips;

    TipAnswers(Directory directory, Outbox outbox, FederationStatus status, TipExchange tips) {
        this.directory = directory;
        this.outbox = outbox;
        this.status = status;
        this.tips = tips;
    }

    @EventListener
    void on(TipExchange.TipAnswered e) {
        if (!status.federated() || !Nodes.heldHere(directory, e.agencyId())) {
            return;
        }
        Optional<String> filedOn = tips.receivedFrom(e.tipId()).filter(n -> !n.equals(directory.self()));
        if (filedOn.isEmpty()) {
            return;
        }
        tips.answerOf(e.tipId(), e.agencyId()).ifPresent(answer ->
                outbox.send(Kinds.TIP_ANSWER, SealedTipMessages.PREFIX + e.tipId(), filedOn.get(), answer));
    }

    @Override
    public String kind() {
        return Kinds.TIP_ANSWER;
    }

    @Override
    public void apply(Envelope envelope) {
        if (directory.node(envelope.from()).map(NodeEntry::isPost).orElse(true)) {
            throw new Refused(RefusalCode.UNKNOWN_SENDER, "tip answer from " + envelope.from());
        }
        TipExchange.AgencyAnswer answer = Nodes.read(envelope.payload(), TipExchange.AgencyAnswer.class);
        if (answer.tipId() == null || !(SealedTipMessages.PREFIX + answer.tipId()).equals(envelope.recordKey())) {
            throw new Refused(RefusalCode.TIP_UNREADABLE, envelope.recordKey() + " does not name the tip it answers");
        }
        if (!Nodes.heldElsewhere(directory, answer.agencyId()).map(envelope.from()::equals).orElse(false)) {
            // only the node that holds the agency speaks for it
            throw new Refused(RefusalCode.NOT_OWNER, "agency " + answer.agencyId() + " is not held by " + envelope.from());
        }
        SealedTipMessages.refuseUnlessTaken(tips.acceptAnswer(answer, envelope.from()), "answer to tip " + answer.tipId());
    }
}

package org.sabueso.federation.tips;

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
 * A tipster's replies on this node's tip line go, sealed, to each node that holds one of the tip's
 * receiving agencies ({@link Kinds#TIP_REPLY}); such a node takes them only from the node that
 * sent it the tip, and only when they open with its agency's key. The message, like the tip's,
 * tells the minute only (the outbox's time for these kinds).
 */
@Component
@FederatedNode
class TipsterReplyMessages implements MessageKind {

    private final Directory directory;
    private final Outbox outbox;
    private final FederationStatus status;
    private final TipExchange tips;
    private final TipsToOtherNodes routing;

    TipsterReplyMessages(Directory directory, Outbox outbox, FederationStatus status, TipExchange tips,
                         TipsToOtherNodes routing) {
        this.directory = directory;
        this.outbox = outbox;
        this.status = status;
        this.tips = tips;
        this.routing = routing;
    }

    @EventListener
    void on(TipExchange.TipsterReplied e) {
        if (!status.federated() || tips.receivedFrom(e.tipId()).isPresent()) {
            return;
        }
        var nodes = routing.byNode(tips.recipients(e.tipId())).keySet();
        if (nodes.isEmpty()) {
            return;
        }
        tips.repliesOf(e.tipId()).ifPresent(replies -> nodes.forEach(node ->
                outbox.send(Kinds.TIP_REPLY, SealedTipMessages.PREFIX + e.tipId(), node, replies)));
    }

    @Override
    public String kind() {
        return Kinds.TIP_REPLY;
    }

    @Override
    public void apply(Envelope envelope) {
        if (directory.node(envelope.from()).map(NodeEntry::isPost).orElse(true)) {
            throw new Refused(RefusalCode.UNKNOWN_SENDER, "tipster reply from " + envelope.from());
        }
        TipExchange.TipsterReplies replies = Nodes.read(envelope.payload(), TipExchange.TipsterReplies.class);
        if (replies.tipId() == null || !(SealedTipMessages.PREFIX + replies.tipId()).equals(envelope.recordKey())) {
            throw new Refused(RefusalCode.TIP_UNREADABLE, envelope.recordKey() + " does not name the tip it follows");
        }
        SealedTipMessages.refuseUnlessTaken(tips.acceptReplies(replies, envelope.from()), "replies to tip " + replies.tipId());
    }
}

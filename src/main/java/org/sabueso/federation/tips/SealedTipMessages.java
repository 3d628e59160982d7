package org.sabueso.federation.tips;

import org.sabueso.federation.internal.Directory;
import org.sabueso.federation.internal.Envelope;
import org.sabueso.federation.internal.FederatedNode;
import org.sabueso.federation.internal.Kinds;
import org.sabueso.federation.internal.MessageKind;
import org.sabueso.federation.internal.NodeEntry;
import org.sabueso.federation.internal.RefusalCode;
import org.sabueso.federation.internal.Refused;
import org.sabueso.federation.links.Nodes;
import org.sabueso.tip.TipExchange;
import org.springframework.stereotype.Component;

/**
 * A tip sealed on another node for agencies held here: stored in their inboxes, where their own
 * private keys open it. Any national node's tip line may send one (a tipster may file anywhere);
 * what is checked is that it is addressed to agencies held here, sealed for their current keys,
 * about a notice they may see here, and that it opens.
 */
@Component
@FederatedNode
class SealedTipMessages implements MessageKind {

    static final String PREFIX = "tip:";

    private final Directory directory;
    private final TipExchange tips;

    SealedTipMessages(Directory directory, TipExchange tips) {
        this.directory = directory;
        this.tips = tips;
    }

    @Override
    public String kind() {
        return Kinds.TIP_SEALED;
    }

    @Override
    public void apply(Envelope envelope) {
        if (directory.node(envelope.from()).map(NodeEntry::isPost).orElse(true)) {
            // a post has no tip line of its own: nothing sealed may come from one (or from a stranger)
            throw new Refused(RefusalCode.UNKNOWN_SENDER, "tip from " + envelope.from());
        }
        TipExchange.SealedTip tip = Nodes.read(envelope.payload(), TipExchange.SealedTip.class);
        if (tip.tipId() == null || !(PREFIX + tip.tipId()).equals(envelope.recordKey())) {
            throw new Refused(RefusalCode.TIP_UNREADABLE, envelope.recordKey() + " does not name the tip it carries");
        }
        tip.recipients().stream().map(TipExchange.SealedTip.Recipient::agencyId)
                .filter(agency -> !Nodes.heldHere(directory, agency)).findFirst()
                .ifPresent(agency -> {
                    throw new Refused(RefusalCode.WRONG_ADDRESSEE, "agency " + agency + " is not held here");
                });
        refuseUnlessTaken(tips.accept(tip, envelope.from()), "tip " + tip.tipId());
    }

    /**
     * What the tip module said of a tip, a tipster's replies or an agency's answer that arrived, as
     * the receiver's refusal: nothing when it was taken (or held already), else {@link Refused}.
     */
    static void refuseUnlessTaken(TipExchange.Acceptance outcome, String what) {
        RefusalCode refusal = switch (outcome) {
            case STORED, ALREADY_HELD -> null;
            case OTHER_SENDER -> RefusalCode.NOT_OWNER;
            case NOT_OUR_AGENCY -> RefusalCode.WRONG_ADDRESSEE;
            case NOTICE_NOT_VISIBLE -> RefusalCode.NOT_VISIBLE_HERE;
            case UNKNOWN_KEY -> RefusalCode.TIP_KEY_UNKNOWN;
            case UNREADABLE -> RefusalCode.TIP_UNREADABLE;
        };
        if (refusal != null) {
            throw new Refused(refusal, what + ": " + outcome);
        }
    }
}

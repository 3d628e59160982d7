package org.sabueso.federation.links;

import java.util.Optional;
import java.util.UUID;

import org.sabueso.agency.Viewer;
import org.sabueso.federation.internal.Directory;
import org.sabueso.federation.internal.Envelope;
import org.sabueso.federation.internal.FederatedNode;
import org.sabueso.federation.internal.Kinds;
import org.sabueso.federation.internal.MessageKind;
import org.sabueso.federation.internal.RefusalCode;
import org.sabueso.federation.internal.Refused;
import org.sabueso.notice.Notices;
import org.sabueso.screening.LinkExchange;
import org.springframework.stereotype.Component;

/**
 * A cross-agency link proposal or decision from the node of one of its notices, for the node of
 * the other. The sender must hold one notice's agency and this node the other's; the agency here
 * must see the sender's notice (its copy) under the sharing policy, as the sender checked for it.
 */
@Component
@FederatedNode
class LinkMessages implements MessageKind {

    private final Directory directory;
    private final LinkExchange links;
    private final Notices notices;

    LinkMessages(Directory directory, LinkExchange links, Notices notices) {
        this.directory = directory;
        this.links = links;
        this.notices = notices;
    }

    /** One key per pair, so a proposal and its decision stay in order. */
    static String recordKey(UUID noticeA, UUID noticeB) {
        return "link:" + noticeA + ":" + noticeB;
    }

    @Override
    public String kind() {
        return Kinds.LINK_STATE;
    }

    @Override
    public void apply(Envelope envelope) {
        LinkExchange.LinkRecord link = Nodes.read(envelope.payload(), LinkExchange.LinkRecord.class);
        if (link.noticeA() == null || link.noticeB() == null || !recordKey(link.noticeA(), link.noticeB()).equals(envelope.recordKey())) {
            throw new Refused(RefusalCode.NOT_OWNER, envelope.recordKey() + " does not name the pair it carries");
        }
        boolean senderHoldsA = directory.nodeOfAgency(link.agencyA()).map(envelope.from()::equals).orElse(false);
        boolean senderHoldsB = directory.nodeOfAgency(link.agencyB()).map(envelope.from()::equals).orElse(false);
        if (senderHoldsA == senderHoldsB) {
            throw new Refused(RefusalCode.NOT_OWNER, envelope.from() + " holds neither notice's agency (or both)");
        }
        String ours = senderHoldsA ? link.agencyB() : link.agencyA();
        UUID theirs = senderHoldsA ? link.noticeA() : link.noticeB();
        if (!Nodes.heldHere(directory, ours)) {
            throw new Refused(RefusalCode.WRONG_ADDRESSEE, "agency " + ours + " is not held here");
        }
        Viewer asOurs = new Viewer("federation:link", ours, directory.selfEntry().country(), java.util.Set.of());
        if (notices.peek(asOurs, theirs).isEmpty()) {
            throw new Refused(RefusalCode.NOT_VISIBLE_HERE, "agency " + ours + " may not see notice " + theirs);
        }
        LinkExchange.Outcome outcome = links.receive(link);
        switch (outcome) {
            case STORED, DECIDED, UNCHANGED -> {
            }
            case NOTICE_MISSING -> throw new Refused(RefusalCode.NOT_VISIBLE_HERE, "a notice of the link is not here");
            case INVALID -> throw new IllegalArgumentException("not a link: " + envelope.recordKey());
        }
    }

    /** The node to send a link to: the other notice's, when this node holds exactly one of the two. */
    static Optional<String> destination(Directory directory, LinkExchange.LinkRecord link) {
        boolean a = Nodes.heldHere(directory, link.agencyA());
        boolean b = Nodes.heldHere(directory, link.agencyB());
        if (a == b) {
            return Optional.empty();
        }
        return Nodes.heldElsewhere(directory, a ? link.agencyB() : link.agencyA());
    }
}

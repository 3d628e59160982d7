package org.sabueso.federation.hits;

import java.util.List;
import java.util.Optional;

import org.sabueso.agency.Agencies;
import org.sabueso.agency.AgencyView;
import org.sabueso.agency.SharingPolicy;
import org.sabueso.federation.internal.Directory;
import org.sabueso.federation.internal.Envelope;
import org.sabueso.federation.internal.FederatedNode;
import org.sabueso.federation.internal.Kinds;
import org.sabueso.federation.internal.MessageKind;
import org.sabueso.federation.internal.NodeEntry;
import org.sabueso.federation.internal.RefusalCode;
import org.sabueso.federation.internal.Refused;
import org.sabueso.notice.NoticeDetail;
import org.sabueso.notice.Notices;
import org.sabueso.screening.RemoteHits;
import org.springframework.stereotype.Component;

/**
 * {@code hit.opened} on the issuing node: an officer of another node matched one of this node's
 * notices on its copy. The hit enters the issuing agency's inbox with the id the screening node gave
 * it (a repeated message opens nothing twice) and is audited as a hit opened here. Refused when the
 * sender does not hold the agency it says screened (NOT_OWNER), when the notice is not one of this
 * node's own (WRONG_ADDRESSEE: the hit was meant for its issuing node), or when this node's sharing
 * policy does not let the screening agency see the notice (NOT_VISIBLE_HERE).
 */
@Component
@FederatedNode
class HitOpenedKind implements MessageKind {

    private final Directory directory;
    private final Notices notices;
    private final Agencies agencies;
    private final RemoteHits hits;

    HitOpenedKind(Directory directory, Notices notices, Agencies agencies, RemoteHits hits) {
        this.directory = directory;
        this.notices = notices;
        this.agencies = agencies;
        this.hits = hits;
    }

    @Override
    public String kind() {
        return Kinds.HIT_OPENED;
    }

    @Override
    public void apply(Envelope envelope) {
        HitMessages.Opened m = HitMessages.readOpened(envelope);
        // a node speaks for its own agencies' officers; a border post for its one agency
        boolean holdsAgency = directory.node(envelope.from()).map(NodeEntry::agencyIds)
                .filter(ids -> ids.contains(m.screenedByAgency())).isPresent();
        if (!holdsAgency) {
            throw new Refused(RefusalCode.NOT_OWNER,
                    envelope.from() + " does not hold " + m.screenedByAgency() + ", which it says screened");
        }
        NoticeDetail notice = notices.forScreening(List.of(m.noticeId())).stream().findFirst()
                .filter(n -> n.issuingAgencyId().equals(m.issuingAgencyId()))
                .filter(n -> directory.nodeOfAgency(n.issuingAgencyId()).equals(Optional.of(directory.self())))
                .orElseThrow(() -> new Refused(RefusalCode.WRONG_ADDRESSEE,
                        "notice " + m.noticeId() + " of " + m.issuingAgencyId() + " is not one of " + directory.self() + "'s"));
        AgencyView screener = agencies.find(m.screenedByAgency()).orElseThrow(() -> new Refused(RefusalCode.NOT_OWNER,
                "agency " + m.screenedByAgency() + " is not in this node's directory"));
        SharingPolicy.VisibilityKey asScreener = new SharingPolicy.VisibilityKey(false, screener.id(),
                screener.country().value());
        if (!SharingPolicy.mayView(asScreener, notice)) {
            throw new Refused(RefusalCode.NOT_VISIBLE_HERE,
                    m.screenedByAgency() + " may not see notice " + notice.id() + " under this node's sharing policy");
        }
        hits.receive(HitMessages.received(m, notice), envelope.from());
    }
}

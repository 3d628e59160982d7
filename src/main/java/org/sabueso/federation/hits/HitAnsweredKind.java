package org.sabueso.federation.hits;

import java.util.Optional;

import org.sabueso.federation.internal.Directory;
import org.sabueso.federation.internal.Envelope;
import org.sabueso.federation.internal.FederatedNode;
import org.sabueso.federation.internal.Kinds;
import org.sabueso.federation.internal.MessageKind;
import org.sabueso.federation.internal.RefusalCode;
import org.sabueso.federation.internal.Refused;
import org.sabueso.screening.HitView;
import org.sabueso.screening.RemoteHits;
import org.springframework.stereotype.Component;

/**
 * {@code hit.answered} on the screening node: the issuing agency confirmed or rejected a hit this
 * node's officer opened. Only the node that holds the issuing agency may answer for it (NOT_OWNER
 * otherwise); a hit that is not here was meant for another node (WRONG_ADDRESSEE). The answer is
 * recorded once: a repeated message, or one for a hit that no longer waits, changes nothing.
 */
@Component
@FederatedNode
class HitAnsweredKind implements MessageKind {

    private final Directory directory;
    private final RemoteHits hits;

    HitAnsweredKind(Directory directory, RemoteHits hits) {
        this.directory = directory;
        this.hits = hits;
    }

    @Override
    public String kind() {
        return Kinds.HIT_ANSWERED;
    }

    @Override
    public void apply(Envelope envelope) {
        HitMessages.Answered m = HitMessages.readAnswered(envelope);
        HitView hit = hits.find(m.hitId()).filter(h -> h.noticeId().equals(m.noticeId()))
                .orElseThrow(() -> new Refused(RefusalCode.WRONG_ADDRESSEE,
                        "hit " + m.hitId() + " on notice " + m.noticeId() + " was not opened here"));
        if (!directory.nodeOfAgency(hit.issuingAgencyId()).equals(Optional.of(envelope.from()))
                || !hit.issuingAgencyId().equals(m.answeredByAgency())) {
            throw new Refused(RefusalCode.NOT_OWNER, envelope.from() + " does not speak for " + hit.issuingAgencyId()
                    + ", whose notice hit " + hit.id() + " is on");
        }
        hits.answerFrom(envelope.from(), hit.id(), m.status(), m.action(), m.note(), m.answeredBy(),
                m.answeredByAgency(), m.answeredAt());
    }
}

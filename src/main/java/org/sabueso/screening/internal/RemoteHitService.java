package org.sabueso.screening.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.sabueso.screening.HitAction;
import org.sabueso.screening.HitKind;
import org.sabueso.screening.HitStatus;
import org.sabueso.screening.HitView;
import org.sabueso.screening.ReceivedHit;
import org.sabueso.screening.RemoteHits;
import org.sabueso.screening.ScreeningEvents;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hits that crossed between nodes (issue 16): the federation module sends a hit to its issuing
 * agency's node and brings the answer back through these. Each call joins the caller's
 * transaction (the one that opened the hit, or the one that applies the received message), so
 * the hit, its mark and its audit entry commit together with the message that caused them.
 */
@Service
class RemoteHitService implements RemoteHits {

    private final HitRepository hits;
    private final RemoteHitRepository repository;
    private final ApplicationEventPublisher events;

    RemoteHitService(HitRepository hits, RemoteHitRepository repository, ApplicationEventPublisher events) {
        this.hits = hits;
        this.repository = repository;
        this.events = events;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<HitView> find(UUID hitId) {
        return hits.find(hitId);
    }

    @Override
    @Transactional
    public void awaitAnswerFrom(UUID hitId, String nodeId) {
        repository.awaitAnswerFrom(hitId, nodeId);
    }

    @Override
    @Transactional
    public boolean receive(ReceivedHit hit, String fromNode) {
        if (!repository.insert(hit, fromNode)) {
            return false;
        }
        // audited as a hit opened here: the same entry, naming the other node's officer and agency
        events.publishEvent(new ScreeningEvents.HitOpened(hit.id(), hit.noticeId(), hit.issuingAgencyId(),
                hit.kind() == HitKind.REMATCH ? HitService.REMATCH_ACTOR : hit.screenedBy(), hit.screenedByAgency()));
        return true;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> receivedFrom(UUID hitId) {
        return repository.receivedFrom(hitId);
    }

    @Override
    @Transactional
    public boolean answerFrom(String nodeId, UUID hitId, HitStatus status, HitAction action, String note,
                              String answeredBy, String answeredByAgency, Instant answeredAt) {
        if (status == HitStatus.OPEN
                || !repository.answerFrom(nodeId, hitId, status, action, note, answeredBy, answeredAt)) {
            return false;
        }
        HitView answered = hits.find(hitId).orElseThrow();
        if (status == HitStatus.REJECTED) {
            // remembered here, where the screening and its document numbers are: the same traveller
            // screened again does not alert the issuing agency again unless a new document is shown
            hits.rememberRejectionOf(answered, answeredBy);
        }
        events.publishEvent(new ScreeningEvents.HitAnswered(hitId, answered.noticeId(), status, action, answeredBy,
                answeredByAgency));
        return true;
    }
}

package org.sabueso.screening.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.sabueso.agency.Viewer;
import org.sabueso.screening.HitAction;
import org.sabueso.screening.HitKind;
import org.sabueso.screening.HitRefusal;
import org.sabueso.screening.HitStatus;
import org.sabueso.screening.HitView;
import org.sabueso.screening.Hits;
import org.sabueso.screening.ScreeningEvents;
import org.sabueso.shared.DomainException;
import org.sabueso.shared.Page;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sabueso.screening.internal.matching.NameKeys;
import org.sabueso.screening.internal.matching.Entry;

/**
 * Opens a hit for every MATCH, unless the issuing agency already said this person is not its
 * subject (and no new document number was shown since); takes the issuing agency's answer. The
 * rules are in {@link HitRules}, the SQL in {@link HitRepository}.
 */
@Service
class HitService implements Hits {

    private final HitRepository repository;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration urgentDeadline;
    private final Duration deadline;

    HitService(HitRepository repository, ApplicationEventPublisher events, Clock clock,
               @Value("${sabueso.screening.urgent-answer-within:PT10M}") Duration urgentDeadline,
               @Value("${sabueso.screening.answer-within:PT12H}") Duration deadline) {
        this.repository = repository;
        this.events = events;
        this.clock = clock;
        this.urgentDeadline = urgentDeadline;
        this.deadline = deadline;
    }

    /**
     * What the screening asked, to record with the hit and to recognise a remembered rejection;
     * where and when it was screened ({@code screenedAt} null: now, as the hit opens).
     */
    record Asked(UUID screeningId, String name, String birthDate, List<String> documents, String purpose,
                 String place, Instant screenedAt) {

        Asked(UUID screeningId, String name, String birthDate, List<String> documents, String purpose) {
            this(screeningId, name, birthDate, documents, purpose, null, null);
        }

        String identityKey() {
            List<String> tokens = new ArrayList<>(NameKeys.significant(NameKeys.tokens(name)));
            tokens.replaceAll(NameKeys::phonetic);
            tokens.sort(null);
            return String.join(" ", tokens) + "|" + (birthDate == null ? "" : birthDate);
        }
    }

    /**
     * A MATCH to open as a hit, unless its pair was rejected. {@code viewer} is who screened; a
     * REMATCH is opened by the service, and its audit entry says so.
     */
    record Opening(Viewer viewer, Asked asked, Entry entry, double score, String explanation,
                   List<org.sabueso.screening.Explanation> items, HitKind kind) {

        Opening(Viewer viewer, Asked asked, Entry entry, double score, String explanation,
                List<org.sabueso.screening.Explanation> items) {
            this(viewer, asked, entry, score, explanation, items, HitKind.SCREENING);
        }
    }

    /** Who the audit trail names as opening a REMATCH hit: no officer did. */
    static final String REMATCH_ACTOR = "system:rematch";

    /** What became of an {@link Opening}: a hit opened, or the remembered rejection that held it back. */
    sealed interface Opened {
        record Hit(UUID hitId) implements Opened {
        }

        record HeldBack(Instant rejectedAt) implements Opened {
        }
    }

    /**
     * Opens a hit in the issuing agency's inbox for each opening, with its audit entry, unless the
     * issuing agency already said this person is not its subject and no new document number was
     * shown since. One transaction for all: the {@link ScreeningWriter} hands in the MATCHes of many
     * screenings at once, so they share one look-up of rejections, one chain lock and one commit.
     */
    @Transactional
    List<Opened> open(List<Opening> openings) {
        List<HitRepository.Rejection> rejections = repository.rejections(
                openings.stream().map(o -> o.entry().noticeId()).toList(),
                openings.stream().map(o -> o.asked().identityKey()).toList());
        Instant now = clock.instant();
        List<Opened> outcomes = new ArrayList<>(openings.size());
        List<HitRepository.NewHit> fresh = new ArrayList<>();
        for (Opening o : openings) {
            Optional<Instant> heldBack = rejections.stream()
                    .filter(r -> r.noticeId().equals(o.entry().noticeId()) && r.identityKey().equals(o.asked().identityKey())
                            && r.documents().containsAll(o.asked().documents()))
                    .map(HitRepository.Rejection::at).findFirst();
            if (heldBack.isPresent()) {
                outcomes.add(new Opened.HeldBack(heldBack.get()));
                continue;
            }
            UUID id = UUID.randomUUID();
            fresh.add(new HitRepository.NewHit(id, o, now.plus(o.entry().urgent() ? urgentDeadline : deadline), now,
                    o.asked().screenedAt() == null ? now : o.asked().screenedAt()));
            outcomes.add(new Opened.Hit(id));
        }
        boolean[] inserted = repository.insert(fresh);
        for (int i = 0; i < fresh.size(); i++) {
            if (!inserted[i]) {
                // a REMATCH already opened when this activation was handled before
                continue;
            }
            HitRepository.NewHit h = fresh.get(i);
            Opening o = h.opening();
            boolean rematch = o.kind() == HitKind.REMATCH;
            events.publishEvent(new ScreeningEvents.HitOpened(h.id(), o.entry().noticeId(), o.entry().issuingAgencyId(),
                    rematch ? REMATCH_ACTOR : o.viewer().username(), o.viewer().agencyId()));
        }
        return outcomes;
    }

    @Override
    @Transactional(readOnly = true)
    public Page<HitView> inbox(Viewer viewer, HitStatus status, int page) {
        HitRules.mayListHits(viewer);
        return repository.issuedTo(viewer.agencyId(), status, Math.max(0, page));
    }

    @Override
    @Transactional(readOnly = true)
    public Page<HitView> sent(Viewer viewer, int page) {
        if (viewer.agencyId() == null) {
            return new Page<>(List.of(), 0, 0, HitRepository.PAGE_SIZE);
        }
        return repository.screenedBy(viewer.agencyId(), Math.max(0, page));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<HitView> get(Viewer viewer, UUID id) {
        return repository.find(id).filter(h -> HitRules.mayView(viewer, h));
    }

    @Override
    @Transactional(readOnly = true)
    public List<HitView> ofScreening(Viewer viewer, UUID screeningId) {
        return repository.ofScreening(screeningId).stream().filter(h -> HitRules.mayView(viewer, h)).toList();
    }

    @Override
    @Transactional
    public HitView answer(Viewer viewer, UUID id, boolean confirmed, HitAction action, String note) {
        HitView hit = get(viewer, id).orElseThrow(() -> new DomainException.NotFound(HitRefusal.NOT_FOUND, id));
        HitRules.mayAnswer(viewer, hit);
        HitRules.answerIsComplete(confirmed, action, note);
        HitStatus status = confirmed ? HitStatus.CONFIRMED : HitStatus.REJECTED;
        if (!repository.answer(id, status, confirmed ? action : null, note, viewer.username())) {
            throw new DomainException.Conflict(HitRefusal.ANSWERED);
        }
        if (!confirmed) {
            repository.rememberRejectionOf(hit, viewer.username());
        }
        events.publishEvent(new ScreeningEvents.HitAnswered(id, hit.noticeId(), status, confirmed ? action : null,
                viewer.username(), viewer.agencyId()));
        return get(viewer, id).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public long overdue(Viewer viewer) {
        return viewer.agencyId() == null ? 0 : repository.overdue(viewer.agencyId());
    }
}

package org.sabueso.screening.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.sabueso.notice.NoticeDetail;
import org.sabueso.notice.Notices;
import org.sabueso.screening.LinkExchange;
import org.sabueso.screening.LinkStatus;
import org.sabueso.web.StorableText;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Links that cross between nodes, on the screening module's side: read one out, take one in. */
@Service
class LinkExchangeService implements LinkExchange {

    /** As long as a link's reasons ever get: a few lines per feature, far below this. */
    static final int MOST_EXPLANATION = 20_000;
    /** A username, as the user table holds it. */
    static final int MOST_USERNAME = 100;

    private final LinkRepository repository;
    private final Notices notices;

    LinkExchangeService(LinkRepository repository, Notices notices) {
        this.repository = repository;
        this.notices = notices;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<LinkRecord> find(UUID linkId) {
        return repository.find(linkId).map(r -> new LinkRecord(r.noticeA(), r.noticeB(), r.agencyA(), r.agencyB(),
                r.score(), r.explanation(), r.items(), r.status(), r.decidedBy(), r.decidedAt()));
    }

    @Override
    @Transactional
    public Outcome receive(LinkRecord link) {
        if (!wellFormed(link)) {
            return Outcome.INVALID;
        }
        Map<UUID, NoticeDetail> here = notices.forScreening(List.of(link.noticeA(), link.noticeB())).stream()
                .collect(Collectors.toMap(NoticeDetail::id, Function.identity(), (x, y) -> x));
        NoticeDetail a = here.get(link.noticeA());
        NoticeDetail b = here.get(link.noticeB());
        if (a == null || b == null || !a.issuingAgencyId().equals(link.agencyA()) || !b.issuingAgencyId().equals(link.agencyB())) {
            return Outcome.NOTICE_MISSING;
        }
        Optional<LinkRepository.Row> held = repository.pair(link.noticeA(), link.noticeB());
        if (held.isEmpty()) {
            repository.insertReceived(UUID.randomUUID(), new LinkRepository.Proposal(link.noticeA(), link.noticeB(),
                    link.agencyA(), link.agencyB(), link.score(), link.explanation(), link.items()), link.status(),
                    link.decidedBy(), link.decidedAt());
            return Outcome.STORED;
        }
        if (link.status() != LinkStatus.PROPOSED && held.get().status() == LinkStatus.PROPOSED
                && repository.decideReceived(link.noticeA(), link.noticeB(), link.status(), link.decidedBy(), link.decidedAt())) {
            return Outcome.DECIDED;
        }
        return Outcome.UNCHANGED;
    }

    private static boolean wellFormed(LinkRecord l) {
        boolean decided = l.status() != null && l.status() != LinkStatus.PROPOSED;
        return l.noticeA() != null && l.noticeB() != null
                // PostgreSQL orders uuids as their hex text sorts, and notice_link holds a < b
                && l.noticeA().toString().compareTo(l.noticeB().toString()) < 0
                && l.agencyA() != null && l.agencyB() != null && !l.agencyA().equals(l.agencyB())
                && l.status() != null && l.score() >= 0 && l.score() <= 1
                && l.explanation() != null && l.explanation().length() <= MOST_EXPLANATION
                && (decided == (l.decidedBy() != null && l.decidedAt() != null))
                && (l.decidedBy() == null || l.decidedBy().length() <= MOST_USERNAME)
                && storable(l);
    }

    /** Text PostgreSQL can hold (no NUL, no other control characters, no broken Unicode), as the edge requires. */
    private static boolean storable(LinkRecord l) {
        return StorableText.taken(l.explanation()) && StorableText.taken(l.agencyA()) && StorableText.taken(l.agencyB())
                && (l.decidedBy() == null || StorableText.taken(l.decidedBy()))
                && l.items().stream().allMatch(e -> e != null && StorableText.taken(e.feature()) && StorableText.taken(e.detail())
                        && StorableText.taken(e.code()) && e.args().stream().allMatch(a -> a == null || StorableText.taken(a.toString())));
    }
}

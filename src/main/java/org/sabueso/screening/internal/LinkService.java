package org.sabueso.screening.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.sabueso.agency.Capability;
import org.sabueso.agency.SharingPolicy;
import org.sabueso.agency.Viewer;
import org.sabueso.notice.Notices;
import org.sabueso.screening.LinkRefusal;
import org.sabueso.screening.LinkStatus;
import org.sabueso.screening.LinkView;
import org.sabueso.screening.Links;
import org.sabueso.screening.ScreeningEvents;
import org.sabueso.shared.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The links between notices of different agencies on the same person, as analysts see and decide
 * them. They are proposed by {@link LinkProposer} when a notice becomes active; the SQL is in
 * {@link LinkRepository}.
 */
@Service
class LinkService implements Links {

    private final LinkRepository repository;
    private final Notices notices;

    private final ApplicationEventPublisher events;

    LinkService(LinkRepository repository, Notices notices, ApplicationEventPublisher events) {
        this.events = events;
        this.repository = repository;
        this.notices = notices;
    }

    @Override
    @Transactional(readOnly = true)
    public List<LinkView> queue(Viewer viewer, LinkStatus status) {
        mayDecideLinks(viewer);
        return visible(viewer, repository.involving(viewer.agencyId(), status == null ? LinkStatus.PROPOSED : status));
    }

    @Override
    @Transactional
    public LinkView decide(Viewer viewer, UUID linkId, boolean accept) {
        LinkRepository.Row row = repository.find(linkId)
                .orElseThrow(() -> new DomainException.NotFound(LinkRefusal.NOT_FOUND, linkId));
        // a link the viewer may not see both ends of does not exist for them
        if (visible(viewer, List.of(row)).isEmpty() || !SharingPolicy.mayViewExchange(viewer, row.agencyA(), row.agencyB())) {
            throw new DomainException.NotFound(LinkRefusal.NOT_FOUND, linkId);
        }
        mayDecideLinks(viewer);
        if (row.status() != LinkStatus.PROPOSED) {
            throw new DomainException.Conflict(LinkRefusal.DECIDED, row.status());
        }
        repository.decide(linkId, accept ? LinkStatus.ACCEPTED : LinkStatus.REJECTED, viewer.username());
        events.publishEvent(new ScreeningEvents.LinkDecided(linkId));
        return repository.find(linkId).map(r -> visible(viewer, List.of(r)).getFirst()).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public List<LinkView> linkedTo(Viewer viewer, UUID noticeId) {
        if (notices.peek(viewer, noticeId).isEmpty()) {
            // as the notice's own page answers: a notice the viewer may not see has no links to show
            throw new DomainException.NotFound(LinkRefusal.NOTICE_NOT_FOUND, noticeId);
        }
        return visible(viewer, repository.acceptedOf(noticeId));
    }

    /** Analysts and supervisors of an agency decide its links, as they answer its hits. */
    private static void mayDecideLinks(Viewer viewer) {
        if (!Capability.ANSWER_HITS.allows(viewer)) {
            throw new DomainException.NotAllowed(LinkRefusal.NOT_ALLOWED);
        }
    }

    /** Only links whose two notices the viewer may see, with their subjects' names. */
    private List<LinkView> visible(Viewer viewer, List<LinkRepository.Row> rows) {
        List<LinkView> out = new ArrayList<>();
        for (LinkRepository.Row r : rows) {
            var a = notices.peek(viewer, r.noticeA());
            var b = notices.peek(viewer, r.noticeB());
            if (a.isPresent() && b.isPresent()) {
                out.add(new LinkView(r.id(), r.noticeA(), r.noticeB(), r.agencyA(), r.agencyB(),
                        a.get().subject().writtenName(), b.get().subject().writtenName(), r.score(), r.explanation(),
                        r.status(), r.decidedBy(), r.decidedAt(), r.createdAt(), r.items()));
            }
        }
        return out;
    }
}

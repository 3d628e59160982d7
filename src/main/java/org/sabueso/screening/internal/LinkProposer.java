package org.sabueso.screening.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.sabueso.agency.Role;
import org.sabueso.agency.Viewer;
import org.sabueso.notice.NoticeDetail;
import org.sabueso.notice.NoticeEvents;
import org.sabueso.notice.Notices;
import org.sabueso.screening.Decision;
import org.sabueso.screening.Explanation;
import org.sabueso.screening.ScreeningEvents;
import org.sabueso.shared.CountryCode;
import org.sabueso.screening.internal.matching.Entries;
import org.sabueso.screening.internal.matching.Query;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Proposes links between notices of different agencies on the same person: each newly active
 * notice's subject is screened as its issuing agency would screen it, and MATCHes on other
 * agencies' notices become proposals.
 *
 * <p>The work is done inside the listener, so the event publication registry marks the event
 * complete only once the proposals are written; a crash or a failure leaves it incomplete, and it
 * is proposed again when outstanding events are republished at the next start. Proposals are
 * idempotent (a pair is proposed once), so doing it twice is harmless. Each screening takes its
 * turn at the engine's {@link EngineSlots}, as an officer's does, so an import's thousands of
 * notices never crowd out the officers at the border. (The private thread this work once ran on
 * marked the event complete before any proposal existed, and lost the work on a crash.) A large
 * import holds one of the application's event threads while it screens; the index is kept
 * current on the others, so a new notice stays screenable meanwhile.
 */
@Component
class LinkProposer {

    /** Notices read per query: an import's review activates thousands at once. */
    private static final int CHUNK = 500;

    /** As many hits per notice as an officer's default screening shows; links need only the MATCHes among them. */
    private static final int HITS_PER_NOTICE = 10;

    private final Notices notices;
    private final ScreeningEngine engine;
    private final EngineSlots slots;
    private final LinkRepository repository;

    private final ApplicationEventPublisher events;

    LinkProposer(Notices notices, ScreeningEngine engine, EngineSlots slots, LinkRepository repository,
                 ApplicationEventPublisher events) {
        this.events = events;
        this.notices = notices;
        this.engine = engine;
        this.slots = slots;
        this.repository = repository;
    }

    @ApplicationModuleListener
    void on(NoticeEvents.NoticeActivated e) {
        proposeFor(List.of(e.noticeId()));
    }

    /** Imported notices are proposed once open: the demo's at once, an import's when its review activates them. */
    @ApplicationModuleListener
    void on(NoticeEvents.NoticesImported e) {
        if (e.noticeIds() != null) {
            proposeFor(e.noticeIds());
        }
    }

    @ApplicationModuleListener
    void on(NoticeEvents.ImportedNoticesActivated e) {
        proposeFor(e.noticeIds());
    }

    /**
     * Screens the open ones among these notices and writes every proposal at the end, sorted by
     * pair: listeners running at once then take the rows' locks in one order and never deadlock.
     */
    private void proposeFor(List<UUID> ids) {
        List<LinkRepository.Proposal> proposals = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += CHUNK) {
            for (NoticeDetail n : notices.forScreening(List.copyOf(ids.subList(i, Math.min(ids.size(), i + CHUNK))))) {
                if (n.status().open()) {
                    proposals.addAll(proposalsFor(n));
                }
            }
        }
        proposals.sort(Comparator.comparing((LinkRepository.Proposal p) -> p.a().toString())
                .thenComparing(p -> p.b().toString()));
        List<UUID> made = repository.propose(proposals);
        if (!made.isEmpty()) {
            events.publishEvent(new ScreeningEvents.LinksProposed(made));
        }
    }

    /** The notice's subject screened as its issuing agency would, MATCHes on other agencies' notices. */
    private List<LinkRepository.Proposal> proposalsFor(NoticeDetail n) {
        Viewer issuer = new Viewer("system:links", n.issuingAgencyId(), n.issuingCountry(), EnumSet.of(Role.ANALYST));
        var p = n.subject();
        CountryCode nationality = p.nationalities().isEmpty() ? null : p.nationalities().iterator().next();
        Query query = Entries.query(p.writtenName(), p.birthDate(), nationality, p.documents());
        if (query.tokens().isEmpty()) {
            return List.of();
        }
        List<LinkRepository.Proposal> out = new ArrayList<>();
        for (ScreeningEngine.ScoredHit h : slots.within(() -> engine.screen(query, issuer, HITS_PER_NOTICE))) {
            if (h.decision() == Decision.MATCH && !h.entry().issuingAgencyId().equals(n.issuingAgencyId())) {
                out.add(proposal(n, h));
            }
        }
        return out;
    }

    private static LinkRepository.Proposal proposal(NoticeDetail n, ScreeningEngine.ScoredHit h) {
        UUID a = n.id();
        UUID b = h.entry().noticeId();
        String agencyA = n.issuingAgencyId();
        String agencyB = h.entry().issuingAgencyId();
        // PostgreSQL orders uuids by their bytes, as their hex text sorts; Java's compareTo is signed
        if (a.toString().compareTo(b.toString()) > 0) {
            UUID t = a;
            a = b;
            b = t;
            String s = agencyA;
            agencyA = agencyB;
            agencyB = s;
        }
        StringBuilder why = new StringBuilder();
        for (Explanation e : h.explanation()) {
            why.append(e.feature()).append(": ").append(e.detail()).append('\n');
        }
        return new LinkRepository.Proposal(a, b, agencyA, agencyB, h.score(), why.toString().strip(), h.explanation());
    }
}

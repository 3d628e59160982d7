package org.sabueso.screening.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.sabueso.agency.Capability;
import org.sabueso.agency.Viewer;
import org.sabueso.notice.NoticeDetail;
import org.sabueso.notice.Notices;
import org.sabueso.screening.CompareRequest;
import org.sabueso.screening.CompareResult;
import org.sabueso.screening.Comparisons;
import org.sabueso.screening.Decision;
import org.sabueso.screening.LinkView;
import org.sabueso.screening.ScreeningEvents;
import org.sabueso.screening.ScreeningRefusal;
import org.sabueso.screening.ScreeningRequest;
import org.sabueso.screening.Thresholds;
import org.sabueso.screening.internal.matching.Entries;
import org.sabueso.screening.internal.matching.Entry;
import org.sabueso.screening.internal.matching.Query;
import org.sabueso.screening.internal.matching.RecordEntries;
import org.sabueso.shared.DomainException;
import org.sabueso.shared.Refusal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The pairwise compare: two people judged as a screening judges a hit (same scorer, same
 * namesake rule, same thresholds, same explanation items), both ways round, the higher answer
 * kept. Each side is checked by the screening's own {@link ScreeningService#parse}.
 */
@Service
class CompareService implements Comparisons {

    /** Notices read per query, as the link proposals read them. */
    private static final int CHUNK = 500;

    private final ScreeningEngine engine;
    private final Notices notices;
    private final ApplicationEventPublisher events;

    CompareService(ScreeningEngine engine, Notices notices, ApplicationEventPublisher events) {
        this.engine = engine;
        this.notices = notices;
        this.events = events;
    }

    /** Who checks people themselves: not a prison officer, whose intake is a screening of the prisoner. */
    static boolean mayCompare(Viewer viewer) {
        // the roles are the agency module's to say (Capability); the refusal keeps the code clients know
        return Capability.COMPARE_PEOPLE.allows(viewer);
    }

    @Override
    public CompareResult compare(Viewer viewer, CompareRequest request) {
        if (!mayCompare(viewer)) {
            throw new DomainException.NotAllowed(ScreeningRefusal.COMPARE_NOT_ALLOWED);
        }
        if (request == null) {
            throw new DomainException.InvalidInput("a.name", ScreeningRefusal.REQUEST_EMPTY);
        }
        Map<String, Refusal> errors = new LinkedHashMap<>();
        ScreeningService.Parsed a = side("a", request.a(), request.purpose(), errors);
        ScreeningService.Parsed b = side("b", request.b(), request.purpose(), errors);
        if (!errors.isEmpty()) {
            throw new DomainException.InvalidInput(errors);
        }
        // the scorer's time, as a screening's "engine" in its Server-Timing header
        CompareResult result = org.sabueso.shared.ServerTimings.timed("engine", () -> compare(a.query(),
                RecordEntries.of(request.a().name().strip(), a.query()),
                b.query(), RecordEntries.of(request.b().name().strip(), b.query())));
        UUID id = UUID.randomUUID();
        events.publishEvent(new ScreeningEvents.PeopleCompared(id, viewer.username(), viewer.agencyId(), a.purpose(),
                result.decision()));
        return result.audited(id);
    }

    /**
     * One side checked as a screening request: its errors are named {@code a.name}, {@code
     * b.birthDate}…; the purpose, shared by both sides, keeps its own name and is reported once.
     */
    private static ScreeningService.Parsed side(String prefix, CompareRequest.Person p, String purpose,
                                                Map<String, Refusal> errors) {
        CompareRequest.Person person = p == null ? new CompareRequest.Person(null, null, null, null) : p;
        try {
            return ScreeningService.parse(new ScreeningRequest(person.name(), person.birthDate(), person.nationality(),
                    person.documents(), purpose, null, null));
        } catch (DomainException.InvalidInput e) {
            e.errors().forEach((field, refusal) ->
                    errors.putIfAbsent(field.equals("purpose") ? field : prefix + "." + field, refusal));
            return null;
        }
    }

    @Override
    public Map<UUID, CompareResult> whyLinked(List<LinkView> links) {
        List<UUID> ids = new ArrayList<>();
        links.forEach(l -> {
            ids.add(l.noticeA());
            ids.add(l.noticeB());
        });
        Map<UUID, NoticeDetail> byId = new HashMap<>();
        for (int i = 0; i < ids.size(); i += CHUNK) {
            notices.forScreening(List.copyOf(ids.subList(i, Math.min(ids.size(), i + CHUNK))))
                    .forEach(n -> byId.put(n.id(), n));
        }
        Map<UUID, CompareResult> out = new HashMap<>();
        for (LinkView l : links) {
            NoticeDetail a = byId.get(l.noticeA());
            NoticeDetail b = byId.get(l.noticeB());
            if (a != null && b != null) {
                Query qa = RecordEntries.query(a);
                Query qb = RecordEntries.query(b);
                if (!qa.tokens().isEmpty() && !qb.tokens().isEmpty()) {
                    out.put(l.id(), compare(qa, Entries.of(a), qb, Entries.of(b)));
                }
            }
        }
        return out;
    }

    /**
     * Both readings, a as the query against b's record and b against a's: a screening finds a
     * notice from a partial name, not the other way round, so one reading alone would make the
     * answer depend on which side the caller put first. The higher is kept, with its explanation.
     */
    private CompareResult compare(Query qa, Entry ea, Query qb, Entry eb) {
        ScreeningEngine.ScoredHit ab = engine.judge(qa, eb);
        ScreeningEngine.ScoredHit ba = engine.judge(qb, ea);
        boolean aIsQuery = ab.score() >= ba.score();
        ScreeningEngine.ScoredHit kept = aIsQuery ? ab : ba;
        Thresholds t = engine.thresholds();
        return new CompareResult(kept.score(), verdict(kept.decision()), kept.explanation(), t.possible(), t.match(),
                aIsQuery ? "a" : "b", null);
    }

    private static CompareResult.Verdict verdict(Decision d) {
        return d == null ? CompareResult.Verdict.NO_MATCH
                : d == Decision.MATCH ? CompareResult.Verdict.MATCH : CompareResult.Verdict.POSSIBLE;
    }
}

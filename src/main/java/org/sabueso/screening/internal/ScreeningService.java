package org.sabueso.screening.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Semaphore;

import org.sabueso.agency.Capability;
import org.sabueso.agency.Viewer;
import org.sabueso.person.IdentityDocument;
import org.sabueso.screening.Decision;
import org.sabueso.screening.Explanation;
import org.sabueso.screening.Hit;
import org.sabueso.screening.Screening;
import org.sabueso.screening.ScreeningEvents;
import org.sabueso.screening.ScreeningRequest;
import org.sabueso.screening.ScreeningResult;
import org.sabueso.shared.CountryCode;
import org.sabueso.shared.DomainException;
import org.sabueso.shared.PartialDate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

@Service
class ScreeningService implements Screening {

    static final int MAX_NAME = 300;
    static final int MAX_LIMIT = 100;

    private final ScreeningEngine engine;
    private final HitWriter hitWriter;
    private final ApplicationEventPublisher events;
    /**
     * The engine is CPU- and cache-bound: as many screenings at once as there are cores. More
     * would only take turns on the cores, each evicting the others' postings and entries from the
     * caches; the rest wait here, in arrival order. (With 64 clients on 2 cores the service's CPU
     * per screening went from 2.3–2.5 ms to 1.65–1.9 ms when this came in, on a noisy host.)
     */
    private final Semaphore engineSlots;

    ScreeningService(ScreeningEngine engine, HitWriter hitWriter, ApplicationEventPublisher events,
                     @Value("${sabueso.screening.concurrency:0}") int concurrency) {
        this.engine = engine;
        this.hitWriter = hitWriter;
        this.events = events;
        this.engineSlots = new Semaphore(concurrency > 0 ? concurrency : Runtime.getRuntime().availableProcessors(), true);
    }

    /**
     * Not one transaction: most screenings write nothing but their audit entry (group-committed);
     * MATCHes open their hits, with the hits' audit entries, in a group commit of the
     * {@link HitWriter}.
     */
    @Override
    public ScreeningResult screen(Viewer viewer, ScreeningRequest request) {
        if (viewer.isPublic()) {
            throw new DomainException.NotAllowed("screening is for staff");
        }
        if (!Capability.SCREEN.allows(viewer)) {
            throw new DomainException.NotAllowed("screening is for analysts, supervisors, border and prison officers");
        }
        Parsed p = parse(request);
        UUID id = UUID.randomUUID();
        List<ScreeningEngine.ScoredHit> scored;
        engineSlots.acquireUninterruptibly();
        try {
            scored = engine.screen(p.query(), viewer, p.limit());
        } finally {
            engineSlots.release();
        }
        HitService.Asked asked = null;
        List<HitService.Opening> openings = new ArrayList<>();
        for (ScreeningEngine.ScoredHit h : scored) {
            if (h.decision() == Decision.MATCH) {
                if (asked == null) {
                    asked = new HitService.Asked(id, request.name().strip(), p.query().birthDate() == null ? null
                            : p.query().birthDate().toString(),
                            p.query().documents().stream().map(Entry.Doc::number).sorted().toList(), p.purpose());
                }
                openings.add(new HitService.Opening(viewer, asked, h.entry(), h.score(), describe(h.explanation())));
            }
        }
        var opened = hitWriter.open(openings).iterator();
        List<Hit> answer = new ArrayList<>(scored.size());
        int matches = 0;
        for (ScreeningEngine.ScoredHit h : scored) {
            Decision decision = h.decision();
            List<Explanation> why = h.explanation();
            UUID hitId = null;
            if (decision == Decision.MATCH) {
                switch (opened.next()) {
                    case HitService.Opened.Hit hit -> {
                        hitId = hit.hitId();
                        matches++;
                    }
                    case HitService.Opened.HeldBack held -> {
                        decision = Decision.POSSIBLE;
                        why = new ArrayList<>(why);
                        why.add(new Explanation("previousAnswer", 0.0, "the issuing agency answered on "
                                + held.rejectedAt().toString().substring(0, 10)
                                + " that this person is not its subject; a new document number would reopen it"));
                    }
                }
            }
            answer.add(new Hit(h.entry().noticeId(), h.entry().personId(), h.entry().externalId(), h.entry().displayName(),
                    h.score(), decision, why, hitId));
        }
        events.publishEvent(new ScreeningEvents.PersonScreened(id, viewer.username(), viewer.agencyId(),
                p.purpose(), answer.size(), matches));
        return new ScreeningResult(id, request.ref(), answer);
    }

    private static String describe(List<Explanation> why) {
        StringBuilder sb = new StringBuilder();
        for (Explanation e : why) {
            if (!sb.isEmpty()) {
                sb.append('\n');
            }
            sb.append(e.feature()).append(" (").append(e.score()).append("): ").append(e.detail());
        }
        return sb.toString();
    }

    @Override
    public int indexed() {
        return engine.index().size();
    }

    record Parsed(Scorer.Query query, String purpose, int limit) {
    }

    /** Checks every field and reports all that are at fault. */
    static Parsed parse(ScreeningRequest r) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (r == null) {
            throw new DomainException.InvalidInput("name", "the request is empty");
        }
        String name = r.name();
        if (name == null || name.isBlank()) {
            errors.put("name", "a name is required");
        } else if (name.length() > MAX_NAME) {
            errors.put("name", "the name is longer than " + MAX_NAME + " characters");
        } else if (NameKeys.significant(NameKeys.tokens(name)).isEmpty()) {
            errors.put("name", "the name has no letters to compare");
        }
        PartialDate birth = null;
        if (r.birthDate() != null && !r.birthDate().isBlank()) {
            try {
                birth = PartialDate.parse(r.birthDate());
            } catch (IllegalArgumentException e) {
                errors.put("birthDate", e.getMessage());
            }
        }
        CountryCode nationality = null;
        if (r.nationality() != null && !r.nationality().isBlank()) {
            if (CountryCode.isValid(r.nationality())) {
                nationality = CountryCode.of(r.nationality());
            } else {
                errors.put("nationality", "unknown country code (ISO 3166-1 alpha-2 expected)");
            }
        }
        List<IdentityDocument> documents = new ArrayList<>();
        if (r.documents() != null) {
            if (r.documents().size() > 20) {
                errors.put("documents", "at most 20 documents");
            } else {
                for (ScreeningRequest.Document d : r.documents()) {
                    if (d == null || d.number() == null || d.number().isBlank() || d.type() == null || d.type().isBlank()) {
                        errors.put("documents", "each document needs a type and a number");
                    } else if (d.number().length() > 64 || d.type().length() > 64) {
                        errors.put("documents", "document type and number are at most 64 characters");
                    } else if (d.country() != null && !d.country().isBlank() && !CountryCode.isValid(d.country())) {
                        errors.put("documents", "unknown country code in a document");
                    } else if (NameKeys.documentNumber(d.number()).isEmpty()) {
                        errors.put("documents", "a document number needs letters or digits");
                    } else {
                        documents.add(new IdentityDocument(d.type(), d.number(),
                                d.country() == null || d.country().isBlank() ? null : CountryCode.of(d.country())));
                    }
                }
            }
        }
        String purpose = r.purpose() == null ? "" : r.purpose().strip();
        if (purpose.isEmpty()) {
            errors.put("purpose", "state the purpose of the check (it is audited)");
        } else if (purpose.length() > 500) {
            errors.put("purpose", "the purpose is longer than 500 characters");
        }
        int limit = r.limit() == null ? 10 : r.limit();
        if (limit < 1 || limit > MAX_LIMIT) {
            errors.put("limit", "limit must be between 1 and " + MAX_LIMIT);
        }
        if (!errors.isEmpty()) {
            throw DomainException.InvalidInput.sentences(errors);
        }
        return new Parsed(Entries.query(name, birth, nationality, documents), purpose, limit);
    }
}

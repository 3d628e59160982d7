package org.sabueso.screening.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.sabueso.agency.Capability;
import org.sabueso.agency.Viewer;
import org.sabueso.person.IdentityDocument;
import org.sabueso.screening.Decision;
import org.sabueso.screening.Explanation;
import org.sabueso.screening.Hit;
import org.sabueso.screening.Screening;
import org.sabueso.screening.ScreeningEvents;
import org.sabueso.screening.ScreeningRefusal;
import org.sabueso.screening.ScreeningRequest;
import org.sabueso.screening.ScreeningResult;
import org.sabueso.shared.CountryCode;
import org.sabueso.shared.DomainException;
import org.sabueso.shared.InvalidValue;
import org.sabueso.shared.Refusal;
import org.sabueso.shared.ServerTimings;
import org.sabueso.shared.ValueRefusal;
import org.sabueso.shared.PartialDate;
import org.springframework.stereotype.Service;
import org.sabueso.screening.internal.matching.Why;
import org.sabueso.screening.internal.matching.Query;
import org.sabueso.screening.internal.matching.NameKeys;
import org.sabueso.screening.internal.matching.Entry;
import org.sabueso.screening.internal.matching.Entries;

@Service
class ScreeningService implements Screening {

    static final int MAX_NAME = 300;
    static final int MAX_LIMIT = 100;
    static final int MAX_DOCUMENTS = 20;
    static final int MAX_PURPOSE = 500;
    static final int MAX_DOCUMENT_TEXT = 64;
    /**
     * The lowest per-request threshold, just above what two different people score when their
     * three-word names share one word and nothing else is known: 0.263 for 9 in 10 of 1,154 such
     * pairs of random Hispanic names (Scorer, name alone, issue 14). Below it the name no longer
     * decides and the list is namesakes of a single word, which crowd real candidates out of it.
     */
    static final double MIN_THRESHOLD = 0.3;

    private final ScreeningEngine engine;
    /** Writes the kept screening, its hits and its audit entry in one commit. */
    private final ScreeningWriter writer;
    /** The engine's one concurrency limit, shared with the link proposals. */
    private final EngineSlots engineSlots;
    /** What is kept of the screening for re-matching (Rematcher). */
    private final ScreeningKeeper keeper;

    ScreeningService(ScreeningEngine engine, ScreeningWriter writer, EngineSlots engineSlots, ScreeningKeeper keeper) {
        this.keeper = keeper;
        this.engine = engine;
        this.writer = writer;
        this.engineSlots = engineSlots;
    }

    /**
     * Not one transaction: the engine runs outside any; what the screening leaves (the kept
     * screening, the hits of its MATCHes, its audit entry) is written in one commit, shared with
     * other screenings, by the {@link ScreeningWriter}, and the answer waits for it.
     */
    @Override
    public ScreeningResult screen(Viewer viewer, ScreeningRequest request) {
        if (viewer.isPublic()) {
            throw new DomainException.NotAllowed(ScreeningRefusal.NOT_ALLOWED);
        }
        if (!Capability.SCREEN.allows(viewer)) {
            throw new DomainException.NotAllowed(ScreeningRefusal.NOT_ALLOWED);
        }
        Parsed p = parse(request);
        double threshold = threshold(viewer, p, engine.thresholds());
        UUID id = UUID.randomUUID();
        // the engine's own time (candidates and scoring), not the wait for a slot: Server-Timing "engine"
        List<ScreeningEngine.ScoredHit> scored = p.explained(engineSlots.within(() ->
                ServerTimings.timed("engine", () -> engine.screen(p.query(), viewer, p.limit(), threshold))));
        KeptScreeningKeys.Row kept = keeper.row(id, viewer, request.name().strip(), p.query(), p.purpose(), request.place());
        HitService.Asked asked = null;
        List<HitService.Opening> openings = new ArrayList<>();
        for (ScreeningEngine.ScoredHit h : scored) {
            if (h.decision() == Decision.MATCH) {
                if (asked == null) {
                    asked = new HitService.Asked(id, request.name().strip(), p.query().birthDate() == null ? null
                            : p.query().birthDate().toString(),
                            p.query().documents().stream().map(Entry.Doc::number).sorted().toList(), p.purpose(),
                            ScreeningKeeper.place(request.place()), null);
                }
                openings.add(new HitService.Opening(viewer, asked, h.entry(), h.score(), ExplanationItems.describe(h.explanation()),
                        h.explanation()));
            }
        }
        // durable before the answer: the kept screening, the hits and the audit entry, in one commit
        List<HitService.Opened> outcomes = writer.commit(kept, openings,
                opened -> screened(id, viewer, p, scored.size(), opened));
        var opened = outcomes.iterator();
        List<Hit> answer = new ArrayList<>(scored.size());
        for (ScreeningEngine.ScoredHit h : scored) {
            Decision decision = h.decision();
            List<Explanation> why = h.explanation();
            UUID hitId = null;
            if (decision == Decision.MATCH) {
                switch (opened.next()) {
                    case HitService.Opened.Hit hit -> {
                        hitId = hit.hitId();
                    }
                    case HitService.Opened.HeldBack held -> {
                        decision = Decision.POSSIBLE;
                        why = new ArrayList<>(why);
                        why.add(Why.previousAnswer(held.rejectedAt().toString().substring(0, 10)));
                    }
                }
            }
            answer.add(new Hit(h.entry().noticeId(), h.entry().personId(), h.entry().externalId(), h.entry().displayName(),
                    h.score(), decision, why, hitId));
        }
        return new ScreeningResult(id, request.ref(), answer, threshold);
    }

    /**
     * The threshold asked, or the configured POSSIBLE: anyone may narrow the list, only an
     * analyst or supervisor of an agency may widen it (investigation, not a border check, where a
     * longer list of weak candidates would slow the queue and invite wrong stops).
     */
    static double threshold(Viewer viewer, Parsed p, org.sabueso.screening.Thresholds configured) {
        if (p.threshold() == null) {
            return configured.possible();
        }
        if (p.threshold() < configured.possible() && !viewer.isAgencyAnalystOrSupervisor()) {
            throw new DomainException.InvalidInput("threshold", ScreeningRefusal.THRESHOLD_ROLE, configured.possible());
        }
        return p.threshold();
    }

    private static ScreeningEvents.PersonScreened screened(UUID id, Viewer viewer, Parsed p, int hits, int matches) {
        return new ScreeningEvents.PersonScreened(id, viewer.username(), viewer.agencyId(), p.purpose(), hits, matches);
    }

    @Override
    public int indexed() {
        return engine.index().size();
    }

    /**
     * {@code threshold}: null when not asked. {@code transliterated}: the name in Latin letters when
     * it was written in another script, else null.
     */
    record Parsed(Query query, String purpose, int limit, Double threshold, Explanation transliterated) {

        /** The hits with the name's transliteration after each one's name item, so the officer sees what was compared. */
        List<ScreeningEngine.ScoredHit> explained(List<ScreeningEngine.ScoredHit> hits) {
            if (transliterated == null) {
                return hits;
            }
            List<ScreeningEngine.ScoredHit> out = new ArrayList<>(hits.size());
            for (ScreeningEngine.ScoredHit h : hits) {
                List<Explanation> why = new ArrayList<>(h.explanation());
                why.add(why.isEmpty() ? 0 : 1, transliterated);
                out.add(new ScreeningEngine.ScoredHit(h.entry(), h.score(), h.decision(), why, h.rawScore()));
            }
            return out;
        }
    }

    /** Checks every field and reports all that are at fault. */
    static Parsed parse(ScreeningRequest r) {
        Map<String, Refusal> errors = new LinkedHashMap<>();
        if (r == null) {
            throw new DomainException.InvalidInput("name", ScreeningRefusal.REQUEST_EMPTY);
        }
        String name = r.name();
        if (name == null || name.isBlank()) {
            errors.put("name", Refusal.of(ValueRefusal.NAME_MISSING));
        } else if (name.length() > MAX_NAME) {
            errors.put("name", Refusal.of(ScreeningRefusal.NAME_LONG, MAX_NAME));
        } else if (name.codePoints().anyMatch(Character::isISOControl)) {
            // NUL and other control characters are typed by nobody: a coded 400, never a 500 further on
            errors.put("name", Refusal.of(org.sabueso.person.PersonRefusal.NAME_CONTROL));
        } else if (NameKeys.significant(NameKeys.tokens(name)).isEmpty()) {
            // a name in any script is put in Latin letters first (matching.Scripts): only a name
            // without letters or digits to compare (punctuation, emoji) is refused
            errors.put("name", Refusal.of(ScreeningRefusal.NAME_LETTERS));
        }
        PartialDate birth = null;
        if (r.birthDate() != null && !r.birthDate().isBlank()) {
            try {
                birth = PartialDate.parse(r.birthDate());
            } catch (IllegalArgumentException e) {
                errors.put("birthDate", InvalidValue.refusalOf(e));
            }
        }
        CountryCode nationality = null;
        if (r.nationality() != null && !r.nationality().isBlank()) {
            if (CountryCode.isValid(r.nationality())) {
                nationality = CountryCode.of(r.nationality());
            } else {
                errors.put("nationality", Refusal.of(ScreeningRefusal.COUNTRY_UNKNOWN));
            }
        }
        List<IdentityDocument> documents = new ArrayList<>();
        if (r.documents() != null) {
            if (r.documents().size() > MAX_DOCUMENTS) {
                errors.put("documents", Refusal.of(ScreeningRefusal.DOCUMENTS_MANY, MAX_DOCUMENTS));
            } else {
                for (ScreeningRequest.Document d : r.documents()) {
                    if (d == null || d.number() == null || d.number().isBlank() || d.type() == null || d.type().isBlank()) {
                        errors.put("documents", Refusal.of(ScreeningRefusal.DOCUMENT_INCOMPLETE));
                    } else if (d.number().length() > MAX_DOCUMENT_TEXT || d.type().length() > MAX_DOCUMENT_TEXT) {
                        errors.put("documents", Refusal.of(ScreeningRefusal.DOCUMENT_LONG, MAX_DOCUMENT_TEXT));
                    } else if (d.country() != null && !d.country().isBlank() && !CountryCode.isValid(d.country())) {
                        errors.put("documents", Refusal.of(ScreeningRefusal.DOCUMENT_COUNTRY));
                    } else if (NameKeys.documentNumber(d.number()).isEmpty()) {
                        errors.put("documents", Refusal.of(ScreeningRefusal.DOCUMENT_NUMBER));
                    } else {
                        documents.add(new IdentityDocument(d.type(), d.number(),
                                d.country() == null || d.country().isBlank() ? null : CountryCode.of(d.country())));
                    }
                }
            }
        }
        String purpose = r.purpose() == null ? "" : r.purpose().strip();
        if (purpose.isEmpty()) {
            errors.put("purpose", Refusal.of(ScreeningRefusal.PURPOSE_REQUIRED));
        } else if (purpose.length() > MAX_PURPOSE) {
            errors.put("purpose", Refusal.of(ScreeningRefusal.PURPOSE_LONG, MAX_PURPOSE));
        }
        if (ScreeningKeeper.placeFault(r.place()) != null) {
            errors.put("place", ScreeningKeeper.placeFault(r.place()));
        }
        int limit = r.limit() == null ? 10 : r.limit();
        if (limit < 1 || limit > MAX_LIMIT) {
            errors.put("limit", Refusal.of(ScreeningRefusal.LIMIT_RANGE, 1, MAX_LIMIT));
        }
        Double threshold = r.threshold();
        if (threshold != null && !(threshold >= MIN_THRESHOLD && threshold <= 1)) {
            errors.put("threshold", Refusal.of(ScreeningRefusal.THRESHOLD_RANGE, MIN_THRESHOLD, 1));
        }
        if (!errors.isEmpty()) {
            throw new DomainException.InvalidInput(errors);
        }
        return new Parsed(Entries.query(name, birth, nationality, documents), purpose, limit, threshold,
                Why.transliterated(name.strip()));
    }
}

package org.sabueso.screening.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.sabueso.agency.SharingPolicy;
import org.sabueso.agency.Viewer;
import org.sabueso.notice.NoticeDetail;
import org.sabueso.notice.NoticeEvents;
import org.sabueso.notice.NoticeStatus;
import org.sabueso.notice.Notices;
import org.sabueso.screening.Decision;
import org.sabueso.screening.Explanation;
import org.sabueso.screening.HitKind;
import org.sabueso.screening.Thresholds;
import org.sabueso.screening.internal.matching.Entries;
import org.sabueso.screening.internal.matching.Entry;
import org.sabueso.screening.internal.matching.NamesakeRule;
import org.sabueso.screening.internal.matching.Query;
import org.sabueso.screening.internal.matching.Scorer;
import org.sabueso.screening.internal.matching.Weights;
import org.sabueso.shared.CountryCode;
import org.sabueso.shared.PartialDate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A new notice looks back: when a notice becomes ACTIVE, the screenings kept within the retention
 * period are screened against it, with the same scorer and thresholds as a screening, and each
 * MATCH opens a hit of kind REMATCH for the issuing agency, which the agency that screened sees
 * too ("this person was checked at Rumichaca 23 days ago").
 *
 * <p>Only screenings whose agency may see the notice under the sharing policy are looked at (as
 * the agency was then, by its id and country): the alert must not show a notice to an agency
 * that may not see it. A kept screening is found by the keys it shares with the notice's names
 * (every name form, aliases too) or documents, through the GIN indexes of {@code screening_kept};
 * the scorer then decides. The namesake rule applies as in a screening to the commonness of the
 * name; the other notices a live screening would have weighed are not searched again.
 *
 * <p>The work is done inside the listener: the event publication registry marks the activation
 * handled only once the hits are written (in the listener's transaction, with their audit
 * entries); a crash leaves it incomplete and it is done again at the next start, and a REMATCH of
 * a (screening, notice) pair is opened once however often that happens.
 */
@Component
class Rematcher {

    /** Notices read per query: an import's review activates thousands at once. */
    private static final int CHUNK = 500;

    private final Notices notices;
    private final ScreeningEngine engine;
    private final KeptScreeningRepository kept;
    private final HitService hits;
    private final Clock clock;
    private final Duration retain;

    Rematcher(Notices notices, ScreeningEngine engine, KeptScreeningRepository kept, HitService hits, Clock clock,
              @Value("${sabueso.screening.retain:P90D}") Duration retain) {
        this.notices = notices;
        this.engine = engine;
        this.kept = kept;
        this.hits = hits;
        this.clock = clock;
        this.retain = retain;
    }

    @ApplicationModuleListener
    void on(NoticeEvents.NoticeActivated e) {
        rematch(List.of(e.noticeId()));
    }

    @ApplicationModuleListener
    void on(NoticeEvents.ImportedNoticesActivated e) {
        rematch(e.noticeIds());
    }

    /** Notices created ACTIVE (the demo's own import); an import under review comes back as ImportedNoticesActivated. */
    @ApplicationModuleListener
    void on(NoticeEvents.NoticesImported e) {
        if (e.importId() == null && e.noticeIds() != null) {
            rematch(e.noticeIds());
        }
    }

    private void rematch(List<UUID> ids) {
        Instant since = clock.instant().minus(retain);
        for (int i = 0; i < ids.size(); i += CHUNK) {
            List<HitService.Opening> openings = new ArrayList<>();
            for (NoticeDetail n : notices.forScreening(List.copyOf(ids.subList(i, Math.min(ids.size(), i + CHUNK))))) {
                if (n.status() == NoticeStatus.ACTIVE) {
                    openings.addAll(matches(Entries.of(n), since));
                }
            }
            if (!openings.isEmpty()) {
                hits.open(openings);
            }
        }
    }

    /** The kept screenings that are a MATCH for this notice and whose agency may see it. */
    List<HitService.Opening> matches(Entry notice, Instant since) {
        List<KeptScreeningRepository.Kept> found = kept.sharingKeys(notice.noticeId(), KeptScreeningKeys.nameKeys(notice),
                KeptScreeningKeys.documentNumbers(notice), since);
        Thresholds t = engine.thresholds();
        List<HitService.Opening> out = new ArrayList<>();
        for (KeptScreeningRepository.Kept k : found) {
            if (!SharingPolicy.mayView(new SharingPolicy.VisibilityKey(false, k.agencyId(), k.agencyCountry()), notice)) {
                continue;
            }
            Query q = query(k);
            if (q.tokens().isEmpty()) {
                continue;
            }
            Scorer.Result r = Scorer.score(q, notice, false);
            if (r.score() < t.match()) {
                continue;
            }
            double score = r.score();
            List<Explanation> why = new ArrayList<>(Scorer.score(q, notice, true).explanation());
            if (!r.documentMatch()) {
                NamesakeRule.Scored s = new NamesakeRule.Scored(notice, r);
                Explanation doubt = NamesakeRule.doubt(s, List.of(s), engine.index().expectedBearers(r.matched()));
                if (doubt != null) {
                    score = Math.min(score, t.match() - Weights.BELOW_MATCH);
                    why.add(doubt);
                }
            }
            if (t.decide(score) != Decision.MATCH) {
                continue;
            }
            Viewer screener = new Viewer(k.screenedBy(), k.agencyId(), k.agencyCountry(), Set.of());
            HitService.Asked asked = new HitService.Asked(k.id(), k.name(), k.birthDate(),
                    k.documents().stream().map(Entry.Doc::number).sorted().toList(), k.purpose(), k.place(),
                    k.screenedAt());
            out.add(new HitService.Opening(screener, asked, notice, Scorer.round(score), ExplanationItems.describe(why), why,
                    HitKind.REMATCH));
        }
        return out;
    }

    /** The kept screening as the scorer reads a query: the name folded again, the documents as kept (normalised). */
    private static Query query(KeptScreeningRepository.Kept k) {
        PartialDate birth = k.birthDate() == null ? null : PartialDate.parse(k.birthDate());
        CountryCode nationality = k.nationality() == null ? null : CountryCode.of(k.nationality());
        Query q = Entries.query(k.name(), birth, nationality, List.of());
        return new Query(q.tokens(), q.initials(), q.birthDate(), q.nationality(), k.documents());
    }
}

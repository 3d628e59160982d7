package org.sabueso.tip.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.sabueso.agency.Agencies;
import org.sabueso.agency.AgencyView;
import org.sabueso.agency.SharingPolicy;
import org.sabueso.agency.Viewer;
import org.sabueso.notice.NoticeDetail;
import org.sabueso.notice.Notices;
import org.sabueso.reward.Rewards;
import org.springframework.stereotype.Component;

/**
 * Which agencies receive a notice's tips: its issuing agency, the partners it names and the
 * agencies offering a reward on it, each only while the sharing policy lets it see the notice.
 *
 * <p>Remembered for {@link #REMEMBER_NANOS} per notice. Why a cache at all: routing reads the
 * notice, its offers and each agency (three or more round trips), while storing the tip is one
 * statement; with the routing remembered the tip line's hot path reads no notice, and `bench tips`
 * sustained 573–601 tips/s on two cores against a target of 500 (docs/benchmarks.md, "Tips").
 * Why this small one and not a cache library: one map, one expiry, no eviction policy worth a
 * dependency; a notice is one entry, and the map is emptied when it holds {@link #MOST_NOTICES},
 * so ids sent at random cannot make it grow without bound.
 * What it costs: a change of sharing, partners or offers reaches new tips at most five seconds
 * late; tips already stored keep the recipients they were sealed for in any case.
 */
@Component
class TipRouting {

    /** Five seconds: long enough that a burst of tips on one notice reads it once, short enough to follow an edit. */
    static final long REMEMBER_NANOS = 5_000_000_000L;
    /** A bound on memory: an entry is an id and a few agency ids, so 10,000 of them stay around a few MB at most. */
    static final int MOST_NOTICES = 10_000;

    private record Route(long until, Optional<Set<String>> recipients) {
    }

    private final Map<UUID, Route> routes = new ConcurrentHashMap<>();
    private final Notices notices;
    private final Agencies agencies;
    private final Rewards rewards;
    private final Clock clock;

    TipRouting(Notices notices, Agencies agencies, Rewards rewards, Clock clock) {
        this.notices = notices;
        this.agencies = agencies;
        this.rewards = rewards;
        this.clock = clock;
    }

    /** The receiving agencies of a public notice's tips; empty when no public notice has that id. */
    Optional<Set<String>> recipients(UUID noticeId) {
        long now = System.nanoTime();
        Route known = routes.get(noticeId);
        if (known != null && now - known.until() < 0) {
            return known.recipients();
        }
        Optional<Set<String>> recipients = notices.peek(Viewer.PUBLIC, noticeId).map(this::recipientsOf);
        if (routes.size() > MOST_NOTICES) {
            routes.clear();
        }
        routes.put(noticeId, new Route(now + REMEMBER_NANOS, recipients));
        return recipients;
    }

    private Set<String> recipientsOf(NoticeDetail notice) {
        Set<String> candidates = new LinkedHashSet<>();
        candidates.add(notice.issuingAgencyId());
        candidates.addAll(notice.partnerAgencyIds());
        rewards.offersFor(List.of(notice.id()), LocalDate.now(clock)).getOrDefault(notice.id(), List.of())
                .forEach(o -> candidates.add(o.offeringAgencyId()));
        Set<String> out = new LinkedHashSet<>();
        for (String agency : candidates) {
            Optional<AgencyView> a = agencies.find(agency);
            if (a.isPresent() && SharingPolicy.mayView(new Viewer("tip-line", agency, a.get().country().value(), Set.of()), notice)) {
                out.add(agency);
            }
        }
        return out;
    }
}

package org.sabueso.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.sabueso.agency.Agencies;
import org.sabueso.agency.AgencyView;
import org.sabueso.agency.SharingScope;
import org.sabueso.agency.Viewer;
import org.sabueso.notice.ComplianceChecks;
import org.sabueso.notice.NoticeStatus;
import org.sabueso.notice.Notices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores the {@link DemoPlan}: persons with realistic Hispanic names and their notices, spread
 * over the agencies, statuses and sharing scopes. Released notices go in bulk through
 * {@link Notices#importActive}, one batch per agency and scope, and are then closed one by one
 * when the plan says located, arrested or cancelled; drafts, notices under review and notices
 * shared with named partners go through drafting and review by the agency's demo analyst and
 * supervisor, as staff would do it. Every step goes through the notice module, so the audit
 * trail records the demo like any other work.
 */
@Component
class DemoGenerator {

    private static final Logger log = LoggerFactory.getLogger(DemoGenerator.class);

    private final Agencies agencies;
    private final Notices notices;
    private final Clock clock;

    DemoGenerator(Agencies agencies, Notices notices, Clock clock) {
        this.agencies = agencies;
        this.notices = notices;
        this.clock = clock;
    }

    /**
     * Returns how many notices were generated. One transaction: a few thousand commits would
     * each wait for the disk, and a demo that fails half-way leaves nothing behind.
     */
    @Transactional
    int generate(int persons, List<AgencyView> agencyList, java.util.function.Predicate<String> heldHere) {
        if (persons <= 0) {
            return 0;
        }
        // the whole plan, then this node's part of it: a country's node holds the same notices as one node for all
        List<DemoPlan.Planned> plan = DemoPlan.plan(DemoPlan.SEED, persons, LocalDate.now(clock), agencyList).stream()
                .filter(p -> heldHere.test(p.agencyId())).toList();
        Staff staff = new Staff();
        long started = System.nanoTime();

        Map<String, List<DemoPlan.Planned>> batches = new LinkedHashMap<>();
        for (DemoPlan.Planned p : plan) {
            if (p.viaImport()) {
                batches.computeIfAbsent(p.agencyId() + " " + p.scope(), k -> new ArrayList<>()).add(p);
            }
        }
        for (List<DemoPlan.Planned> batch : batches.values()) {
            DemoPlan.Planned first = batch.getFirst();
            SharingScope scope = first.scope();
            List<UUID> ids = notices.importActive(staff.analyst(first), batch.stream().map(DemoPlan.Planned::imported)
                    .toList(), scope);
            for (int i = 0; i < batch.size(); i++) {
                close(staff, ids.get(i), batch.get(i));
            }
        }
        long bulkMillis = (System.nanoTime() - started) / 1_000_000;
        int reviewed = 0;
        for (DemoPlan.Planned p : plan) {
            if (!p.viaImport()) {
                throughReview(staff, p);
                reviewed++;
            }
        }
        log.info("Generated {} notices: {} imported in {} batches and closed as planned ({} ms), {} drafted and reviewed ({} ms)",
                plan.size(), plan.size() - reviewed, batches.size(), bulkMillis, reviewed,
                (System.nanoTime() - started) / 1_000_000 - bulkMillis);
        return plan.size();
    }

    private void throughReview(Staff staff, DemoPlan.Planned p) {
        UUID id = notices.draft(staff.analyst(p), p.draft());
        if (p.status() == NoticeStatus.DRAFT) {
            return;
        }
        notices.submitForReview(staff.analyst(p), id, "Listo para revisión");
        if (p.status() == NoticeStatus.UNDER_REVIEW) {
            return;
        }
        notices.review(staff.supervisor(p), id, ComplianceChecks.allPassing(), true,
                "Cumple el artículo 3: sin carácter político, militar, religioso ni racial");
        close(staff, id, p);
    }

    /** Moves an active notice to where the plan leaves it: a supervisor cancels, an analyst records the rest. */
    private void close(Staff staff, UUID id, DemoPlan.Planned p) {
        switch (p.status()) {
            case LOCATED, ARRESTED -> notices.transition(staff.analyst(p), id, p.status(), p.closingReason());
            case CANCELLED -> notices.transition(staff.supervisor(p), id, p.status(), p.closingReason());
            default -> {
            }
        }
    }

    /** The demo accounts of each agency ({@code ve.analyst}, {@code ve.supervisor}), looked up once. */
    private final class Staff {
        private final Map<String, Viewer> byUsername = new HashMap<>();

        Viewer analyst(DemoPlan.Planned p) {
            return viewer(p.country().toLowerCase(Locale.ROOT) + ".analyst");
        }

        Viewer supervisor(DemoPlan.Planned p) {
            return viewer(p.country().toLowerCase(Locale.ROOT) + ".supervisor");
        }

        private Viewer viewer(String username) {
            return byUsername.computeIfAbsent(username, u -> agencies.viewerFor(u)
                    .orElseThrow(() -> new IllegalStateException("demo account missing: " + u)));
        }
    }
}

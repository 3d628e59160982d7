package org.sabueso.screening.internal;

import java.util.Optional;

import org.sabueso.agency.Capability;
import org.sabueso.agency.Viewer;
import org.sabueso.web.PendingWork;
import org.springframework.stereotype.Component;

/**
 * The hits waiting for an answer from the viewer's agency, and how many are past their deadline,
 * for the console's navigation and dashboard. One indexed count per page, so it is asked on
 * every page without cost.
 */
@Component
class OpenHitsWork implements PendingWork {

    static final String INBOX = "/console/hits";

    private final HitRepository hits;

    OpenHitsWork(HitRepository hits) {
        this.hits = hits;
    }

    @Override
    public Optional<Count> count(Viewer viewer) {
        if (!Capability.ANSWER_HITS.allows(viewer)) {
            return Optional.empty();
        }
        HitRepository.OpenCount c = hits.openAndOverdue(viewer.agencyId());
        return Optional.of(new Count(INBOX, "hits.pending", c.open(), "hits.pending.late", c.overdue()));
    }
}

package org.sabueso.tip.internal;

import java.util.Optional;

import org.sabueso.agency.Viewer;
import org.sabueso.tip.Tips;
import org.sabueso.web.PendingWork;
import org.springframework.stereotype.Component;

/** New tips waiting for triage in the viewer's agency, for the navigation and the dashboard. */
@Component
class NewTipsWork implements PendingWork {

    static final String INBOX = "/console/tips";

    private final Tips tips;

    NewTipsWork(Tips tips) {
        this.tips = tips;
    }

    @Override
    public Optional<Count> count(Viewer viewer) {
        if (!viewer.isAgencyAnalystOrSupervisor()) {
            return Optional.empty();
        }
        return Optional.of(new Count(INBOX, "tips.pending", tips.waiting(viewer), "tips.pending.late", 0));
    }
}

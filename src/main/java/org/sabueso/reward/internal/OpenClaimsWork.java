package org.sabueso.reward.internal;

import java.util.Optional;

import org.sabueso.agency.Viewer;
import org.sabueso.reward.RewardClaims;
import org.sabueso.web.PendingWork;
import org.springframework.stereotype.Component;

/**
 * Reward claims on the agency's offers that are not yet paid or rejected, and how many are past
 * their deadline, for the navigation and the dashboard: a claim left unpaid shows in red.
 */
@Component
class OpenClaimsWork implements PendingWork {

    static final String PAGE = "/console/claims";

    private final RewardClaims claims;

    OpenClaimsWork(RewardClaims claims) {
        this.claims = claims;
    }

    @Override
    public Optional<Count> count(Viewer viewer) {
        if (!viewer.isAgencyAnalystOrSupervisor()) {
            return Optional.empty();
        }
        long[] c = claims.openAndOverdue(viewer);
        return Optional.of(new Count(PAGE, "claims.pending", c[0], "claims.pending.late", c[1]));
    }
}

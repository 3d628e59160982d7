package org.sabueso.screening.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;

import org.sabueso.agency.Capability;
import org.sabueso.agency.Viewer;
import org.sabueso.web.PendingWork;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The hits waiting for an answer from the viewer's agency, and how many are past their deadline,
 * for the console's navigation and dashboard. One indexed count per page, so it is asked on
 * every page without cost.
 */
@Component
class OpenHitsWork implements PendingWork {

    static final String INBOX = "/console/hits";

    private final JdbcClient jdbc;
    private final Clock clock;

    OpenHitsWork(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Optional<Count> count(Viewer viewer) {
        if (!Capability.ANSWER_HITS.allows(viewer)) {
            return Optional.empty();
        }
        return Optional.of(jdbc.sql("""
                        SELECT count(*), count(*) FILTER (WHERE deadline < ?) FROM screening_hit
                        WHERE issuing_agency_id = ? AND status = 'OPEN'""")
                .params(Timestamp.from(clock.instant()), viewer.agencyId())
                .query((rs, i) -> new Count(INBOX, "hits.pending", rs.getLong(1), "hits.pending.late", rs.getLong(2)))
                .single());
    }
}

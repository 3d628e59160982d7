package org.sabueso.custody.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.sabueso.agency.SharingPolicy;
import org.sabueso.agency.Viewer;
import org.sabueso.web.PendingWork;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What waits for the prison staff of a country, for the console's dashboard: roll-call
 * discrepancies not yet resolved and Rule 71 reports not yet filed in the facilities they may see,
 * and how many of those are past their deadline. Two indexed counts per page.
 */
@Component
class OpenCustodyWork implements PendingWork {

    static final String PAGE = "/console/custody";

    private final JdbcClient jdbc;
    private final Clock clock;

    OpenCustodyWork(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Optional<Count> count(Viewer viewer) {
        if (viewer.country() == null || !CustodyRules.prisonStaffOf(viewer, viewer.country())) {
            return Optional.empty();
        }
        SharingPolicy.SqlFilter visible = SharingPolicy.sqlFilter(viewer, FacilityRepository.FACILITY_COLUMNS);
        Timestamp now = Timestamp.from(clock.instant());
        List<Object> params = new ArrayList<>();
        params.add(now);
        params.add(viewer.country());
        params.addAll(visible.params());
        params.add(now);
        params.add(viewer.country());
        params.addAll(visible.params());
        return Optional.of(jdbc.sql("""
                        SELECT sum(waiting), sum(late) FROM (
                          SELECT count(*) AS waiting, count(*) FILTER (WHERE r.resolve_by <= ?) AS late
                          FROM roll_call r JOIN facility f ON f.id = r.facility_id
                          WHERE r.resolve_by IS NOT NULL AND r.resolved_at IS NULL AND f.country = ? AND\s""" + visible.condition() + """

                          UNION ALL
                          SELECT count(*), count(*) FILTER (WHERE i.rule71_due_at <= ?)
                          FROM incident i JOIN facility f ON f.id = i.facility_id
                          WHERE i.rule71_due_at IS NOT NULL AND i.rule71_filed_at IS NULL AND f.country = ? AND\s""" + visible.condition() + """
                        ) w""")
                .params(params)
                .query((rs, i) -> new Count(PAGE, "custody.pending", rs.getLong(1), "custody.pending.late", rs.getLong(2)))
                .single());
    }
}

package org.sabueso.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sabueso.audit.AuditQuery;

class AuditFilterTests {

    @Test
    void dates_are_checked_and_the_range_must_run_forwards() {
        assertThat(new AuditFilter(null, null, null, null, "2026-02-30", "x").errors())
                .isEqualTo(Map.of("from", "audit.error.date", "to", "audit.error.date"));
        assertThat(new AuditFilter(null, null, null, null, "2026-02-01", "2026-01-31").errors())
                .isEqualTo(Map.of("to", "audit.error.range"));
        assertThat(new AuditFilter(null, null, null, null, "2026-01-31", "2026-01-31").errors()).isEmpty();
    }

    @Test
    void links_keep_the_filters_that_are_set_encoded() {
        AuditFilter f = new AuditFilter(" =1+1 y&z ", "", "auth.failure", null, "2026-01-01", null);
        assertThat(f.queryString()).isEqualTo("actor=%3D1%2B1+y%26z&action=auth.failure&from=2026-01-01");
        assertThat(AuditFilter.NONE.queryString()).isEmpty();
    }

    @Test
    void the_query_describes_itself_for_the_trail() {
        AuditQuery q = new AuditFilter("ve.analyst", null, null, "n-1", null, "2026-03-01").toQuery(2, 50);
        assertThat(q.describe()).isEqualTo("actor=ve.analyst target=n-1 to=2026-03-01");
        assertThat(q.to()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(q.page()).isEqualTo(2);
        assertThat(AuditQuery.everything().describe()).isEqualTo("all");
    }
}

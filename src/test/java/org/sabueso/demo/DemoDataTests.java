package org.sabueso.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sabueso.Http;
import org.sabueso.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo as stored at start (300 generated notices in tests): what the plan says, reached through the notice module. */
class DemoDataTests extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_generated_notices_are_stored_with_the_planned_statuses_and_scopes() {
        List<DemoPlan.Planned> plan = DemoPlan.plan(DemoPlan.SEED, 300, java.time.LocalDate.now(), DemoData.agencies());
        Map<String, Long> planned = new HashMap<>();
        plan.forEach(p -> planned.merge(p.status() + " " + p.scope(), 1L, Long::sum));
        Map<String, Long> stored = new HashMap<>();
        // at least as many: the Tocorón case and other tests add notices of their own
        jdbc.sql("SELECT status || ' ' || sharing_scope, count(*) FROM notice WHERE created_by LIKE '%.analyst' GROUP BY 1")
                .query((java.sql.ResultSet rs) -> {
                    stored.put(rs.getString(1), rs.getLong(2));
                });
        planned.forEach((key, n) -> assertThat(stored.getOrDefault(key, 0L)).as(key).isGreaterThanOrEqualTo(n));
    }

    @Test
    void imported_notices_keep_their_own_legal_basis_action_and_review_date() {
        // the demo's own notices only: an FtM import through the API (other test classes make some
        // before this one may run) belongs to an import and keeps the importer's default basis
        assertThat(jdbc.sql("SELECT count(*) FROM notice WHERE legal_basis LIKE 'imported from%' AND created_by LIKE '%.analyst'"
                        + " AND import_id IS NULL")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(DISTINCT requested_action) FROM notice").query(Long.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("SELECT count(DISTINCT review_by) FROM notice").query(Long.class).single()).isGreaterThan(100);
    }

    @Test
    void notices_shared_with_partners_name_them() {
        long withoutPartners = jdbc.sql("""
                SELECT count(*) FROM notice n WHERE n.sharing_scope = 'PARTNERS'
                AND NOT EXISTS (SELECT 1 FROM notice_partner p WHERE p.notice_id = n.id)""").query(Long.class).single();
        assertThat(withoutPartners).isZero();
    }

    @Test
    void generated_subjects_carry_documents_aliases_and_partial_birth_dates() {
        assertThat(jdbc.sql("SELECT count(*) FROM person_document WHERE number ~ '^V-[0-9]{1,2}\\.[0-9]{3}\\.[0-9]{3}$'")
                .query(Long.class).single()).isGreaterThan(50);
        assertThat(jdbc.sql("SELECT count(*) FROM person_alias WHERE kind = 'NICKNAME'").query(Long.class).single())
                .isGreaterThan(60);
        assertThat(jdbc.sql("SELECT count(*) FROM person WHERE birth_month IS NULL").query(Long.class).single())
                .isGreaterThan(90);
    }

    @Test
    void a_partner_agency_finds_the_common_names_through_the_api() {
        Http.Response r = http("pe.analyst").get("/api/v1/notices?q=gonzalez&size=5");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("total").asLong()).isGreaterThan(5);
    }

    @Test
    void the_demo_is_in_the_audit_trail_like_any_other_work() {
        long imports = jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'notice.import' AND actor LIKE '%.analyst'")
                .query(Long.class).single();
        assertThat(imports).isGreaterThanOrEqualTo(10);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'notice.transition' AND detail LIKE '%→ARRESTED'")
                .query(Long.class).single()).isGreaterThan(5);
    }
}

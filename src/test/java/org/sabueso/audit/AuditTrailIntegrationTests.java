package org.sabueso.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.sabueso.Http;
import org.sabueso.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The trail records what staff do through the real HTTP stack (logins, failed logins, reads,
 * renewals), stays one intact chain under concurrent requests, and the auditor page shows,
 * verifies and exports it.
 */
class AuditTrailIntegrationTests extends IntegrationTest {

    @Autowired
    AuditTrail trail;

    private static AuditQuery query(String actor, String action, String target) {
        return new AuditQuery(actor, null, action, target, null, null, 0, 200);
    }

    private UUID anyNoticeVisibleTo(String username, String filter) {
        Http.Response list = http(username).get("/api/v1/notices?size=1" + filter);
        assertThat(list.status()).isEqualTo(200);
        return UUID.fromString(list.json().get("items").get(0).get("id").asString());
    }

    @Test
    void a_failed_login_is_recorded_with_the_username_tried_and_the_client() {
        Http.Response r = http("ve.analyst", "not-the-password").get("/api/v1/notices");
        assertThat(r.status()).isEqualTo(401);

        List<AuditEntry> failures = trail.search(query("ve.analyst", "auth.failure", "ve.analyst")).items();
        assertThat(failures).isNotEmpty();
        AuditEntry e = failures.getFirst();
        assertThat(e.targetType()).isEqualTo("user");
        assertThat(e.detail()).startsWith("BadCredentialsException").contains("from 127.0.0.1");
    }

    @Test
    void a_successful_login_is_recorded_with_the_agency() {
        assertThat(http("pe.analyst").get("/api/v1/notices?size=1").status()).isEqualTo(200);
        AuditEntry login = trail.search(query("pe.analyst", "auth.login", "pe.analyst")).items().getFirst();
        assertThat(login.actorAgency()).isEqualTo("PE-PNP");
    }

    @Test
    void api_credentials_sent_again_within_minutes_are_not_a_new_login() {
        assertThat(http("ec.analyst").get("/api/v1/notices?size=1").status()).isEqualTo(200);
        long logins = trail.search(query("ec.analyst", "auth.login", "ec.analyst")).total();
        for (int i = 0; i < 5; i++) {
            assertThat(http("ec.analyst").get("/api/v1/notices?size=1").status()).isEqualTo(200);
        }
        assertThat(trail.search(query("ec.analyst", "auth.login", "ec.analyst")).total()).isEqualTo(logins);
        // a wrong password is still checked, and still recorded as a failure, whatever was remembered
        long failures = trail.search(query("ec.analyst", "auth.failure", "ec.analyst")).total();
        assertThat(http("ec.analyst", "wrong").get("/api/v1/notices?size=1").status()).isEqualTo(401);
        assertThat(trail.search(query("ec.analyst", "auth.failure", "ec.analyst")).total()).isEqualTo(failures + 1);
    }

    @Autowired
    org.springframework.context.ApplicationEventPublisher events;

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    record Change(String targetId) implements org.sabueso.shared.Auditable {
        public String actor() { return "system"; }
        public String actorAgency() { return null; }
        public String action() { return "test.change"; }
        public String targetType() { return "test"; }
        public String detail() { return null; }
    }

    @Test
    void several_changes_in_one_transaction_chain_one_after_the_other() {
        long head = trail.head().orElseThrow().seq();
        String target = UUID.randomUUID().toString();
        new org.springframework.transaction.support.TransactionTemplate(transactions).executeWithoutResult(status -> {
            for (int i = 0; i < 3; i++) {
                events.publishEvent(new Change(target));
            }
        });
        List<AuditEntry> written = trail.search(query(null, "test.change", target)).items();
        assertThat(written).hasSize(3);
        assertThat(written.stream().map(AuditEntry::seq).sorted().toList())
                .isEqualTo(List.of(written.getLast().seq(), written.getLast().seq() + 1, written.getLast().seq() + 2));
        assertThat(written.getLast().seq()).isGreaterThan(head);

        // a rolled-back transaction leaves no entry and no gap for the next one
        try {
            new org.springframework.transaction.support.TransactionTemplate(transactions).executeWithoutResult(status -> {
                events.publishEvent(new Change(target));
                events.publishEvent(new Change(target));
                throw new IllegalStateException("abandoned");
            });
        } catch (IllegalStateException expected) {
            // the two entries went with it
        }
        new org.springframework.transaction.support.TransactionTemplate(transactions)
                .executeWithoutResult(status -> events.publishEvent(new Change(target)));
        assertThat(trail.search(query(null, "test.change", target)).total()).isEqualTo(4);
        ChainVerdict verdict = trail.verify(null, null);
        assertThat(verdict).isInstanceOf(ChainVerdict.Intact.class);
    }

    @Test
    void reading_a_notice_is_recorded_with_actor_agency_and_target() {
        UUID id = anyNoticeVisibleTo("co.analyst", "");
        // other tests of the shared context may have read the same notice as the same user before
        long before = trail.search(query("co.analyst", "notice.read", id.toString())).total();
        assertThat(http("co.analyst").get("/api/v1/notices/" + id).status()).isEqualTo(200);

        List<AuditEntry> reads = trail.search(query("co.analyst", "notice.read", id.toString())).items();
        assertThat(reads).hasSize((int) before + 1);
        assertThat(reads.getFirst().actorAgency()).isEqualTo("CO-DIJIN");
        assertThat(reads.getFirst().targetType()).isEqualTo("notice");
        assertThat(reads.getFirst().detail()).endsWith("via api");
    }

    @Test
    void renewing_a_notice_is_recorded() {
        UUID id = anyNoticeVisibleTo("ec.supervisor", "&agency=EC-PN&status=ACTIVE");
        LocalDate reviewBy = LocalDate.now().plusYears(3);
        Http.Response r = http("ec.supervisor").postJson("/api/v1/notices/" + id + "/renew",
                Map.of("reviewBy", reviewBy.toString(), "reason", "Sigue prófugo"));
        assertThat(r.status()).isEqualTo(200);

        AuditEntry renew = trail.search(query("ec.supervisor", "notice.renew", id.toString())).items().getFirst();
        assertThat(renew.actorAgency()).isEqualTo("EC-PN");
        assertThat(renew.detail()).endsWith("→" + reviewBy);
    }

    @Test
    void reading_a_notice_history_through_the_api_is_a_read() {
        UUID id = anyNoticeVisibleTo("cl.supervisor", "");
        assertThat(http("cl.supervisor").get("/api/v1/notices/" + id + "/history").status()).isEqualTo(200);
        AuditEntry read = trail.search(query("cl.supervisor", "notice.read", id.toString())).items().getFirst();
        assertThat(read.detail()).endsWith("via api history");
    }

    @Test
    void offering_a_reward_is_recorded() {
        // the demo's Peruvian reward for Niño Guerrero went through the reward module
        // (other tests offer rewards too: pick the demo's by its amount)
        AuditEntry offer = trail.search(query("pe.supervisor", "reward.offer", null)).items().stream()
                .filter(e -> e.detail().contains("500000")).findFirst().orElseThrow();
        assertThat(offer.actorAgency()).isEqualTo("PE-PNP");
        assertThat(offer.targetType()).isEqualTo("reward_offer");
        assertThat(offer.detail()).contains("500000").contains("PEN");
    }

    @Test
    void a_burst_of_concurrent_reads_leaves_one_intact_chain() throws Exception {
        String[] users = {"ve.analyst", "co.analyst", "ec.analyst", "pe.analyst", "cl.analyst", "ve.supervisor",
                "co.supervisor", "pe.supervisor"};
        UUID id = anyNoticeVisibleTo("ve.analyst", "&q=guerrero&status=ACTIVE");
        long readsBefore = trail.search(query(null, "notice.read", id.toString())).total();
        long headBefore = trail.head().orElseThrow().seq();

        ExecutorService pool = Executors.newFixedThreadPool(users.length);
        try {
            List<Future<Integer>> failures = new ArrayList<>();
            for (String user : users) {
                Http client = http(user);
                failures.add(pool.submit(() -> {
                    int failed = 0;
                    for (int i = 0; i < 50; i++) {
                        if (client.get("/api/v1/notices/" + id).status() != 200) {
                            failed++;
                        }
                    }
                    return failed;
                }));
            }
            for (Future<Integer> f : failures) {
                assertThat(f.get()).isZero();
            }
        } finally {
            pool.shutdown();
        }

        assertThat(trail.search(query(null, "notice.read", id.toString())).total()).isEqualTo(readsBefore + 400);
        // each request is a read; credentials verified once are remembered, so not every request is a login
        assertThat(trail.head().orElseThrow().seq()).isGreaterThanOrEqualTo(headBefore + 400);
        ChainVerdict verdict = trail.verify(null, null);
        assertThat(verdict).isInstanceOf(ChainVerdict.Intact.class);
        assertThat(((ChainVerdict.Intact) verdict).headSeq()).isEqualTo(verdict.entries());
    }

    @Test
    void only_auditors_and_administrators_open_the_audit_page() {
        assertThat(http("ve.supervisor").get("/console/audit").status()).isEqualTo(403);
        assertThat(http("admin").get("/console/audit").status()).isEqualTo(200);
        Http.Response page = http("auditor").get("/console/audit");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("id=\"head-hash\"", "href=\"/console/audit/export.csv\"")
                .containsAnyOf("Abrió un aviso", "Opened a notice");
    }

    @Test
    void the_page_filters_by_user_and_action() {
        http("cl.analyst").get("/api/v1/notices/" + anyNoticeVisibleTo("cl.analyst", ""));
        String body = http("auditor").get("/console/audit?actor=cl.analyst&action=notice.read").body();
        assertThat(body).contains("class=\"who-name\">cl.analyst<", "<code>notice.read</code>")
                .doesNotContain("class=\"who-name\">ve.analyst<", "<code>auth.login</code>");
    }

    @Test
    void paging_links_keep_a_filter_with_awkward_characters() {
        String name = "a+b c&d";
        for (int i = 0; i < 51; i++) {
            http(name, "x").get("/api/v1/notices?size=1");
        }
        String body = http("auditor").get("/console/audit?actor=a%2Bb+c%26d").body();
        assertThat(body).contains("href=\"/console/audit?actor=a%2Bb+c%26d&amp;page=1\"");
        String next = http("auditor").get("/console/audit?actor=a%2Bb+c%26d&page=1").body();
        assertThat(next).contains("class=\"who-name\">a+b c&amp;d<");
    }

    @Test
    void a_mistyped_date_is_shown_beside_its_field() {
        Http.Response r = http("auditor").get("/console/audit?from=2026-13-45&to=2026-01-01");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).containsPattern(dateInput("from", "2026-13-45", true))
                .containsPattern(dateInput("to", "2026-01-01", false))
                .containsAnyOf("Escriba la fecha como AAAA-MM-DD.", "Write the date as YYYY-MM-DD.")
                .doesNotContain("id=\"audit-entries\"");
        Http.Response range = http("auditor").get("/console/audit?from=2026-02-01&to=2026-01-01");
        assertThat(range.body()).containsPattern(dateInput("to", "2026-01-01", true))
                .containsAnyOf("La fecha final es anterior a la inicial.", "The end date is before the start date.");
    }

    private static String dateInput(String name, String value, boolean invalid) {
        String input = "id=\"" + name + "\" name=\"" + name + "\" type=\"date\" value=\"" + value + "\"";
        return invalid ? input + "\\s+aria-invalid=\"true\"" : input + ">";
    }

    @Test
    void the_verify_button_reports_an_intact_chain_and_is_itself_audited() {
        Http.Response r = http("auditor").get("/console/audit/verify");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).contains("class=\"verdict verdict-ok\"");
        AuditEntry verified = trail.search(query("auditor", "audit.verify", null)).items().getFirst();
        assertThat(verified.detail()).startsWith("OK entries=");

        Http.Response badAnchor = http("auditor").get("/console/audit/verify?anchor=12");
        assertThat(badAnchor.body()).contains("aria-invalid=\"true\"").doesNotContain("id=\"verification\"");
        Http.Response missing = http("auditor").get("/console/audit/verify?anchor=99999999:" + "ab".repeat(32));
        assertThat(missing.body()).contains("class=\"verdict verdict-broken\"", "99999999")
                .containsAnyOf("la cadena fue recortada o reescrita", "the chain was truncated or rewritten");
    }

    @Test
    void the_export_is_csv_of_the_filtered_entries_with_formulas_defused() {
        String hostile = "=HYPERLINK(\"evil.example\",\"x\")";
        assertThat(http(hostile, "x").get("/api/v1/notices").status()).isEqualTo(401);

        Http.Response csv = http("auditor").get("/console/audit/export.csv?action=auth.failure");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        String[] lines = csv.body().split("\r\n");
        assertThat(lines[0]).isEqualTo("\uFEFFseq,at_utc,actor,actor_agency,action,target_type,target_id,detail,prev_hash,hash,action_words");
        assertThat(lines).allSatisfy(l -> assertThat(l).doesNotContain("auth.login"));
        assertThat(csv.body()).contains(",\"'=HYPERLINK(\"\"evil.example\"\",\"\"x\"\")\",,auth.failure,user,")
                .doesNotContain(",=HYPERLINK", ",\"=HYPERLINK");

        AuditEntry exported = trail.search(query("auditor", "audit.export", null)).items().getFirst();
        assertThat(exported.detail()).isEqualTo("action=auth.failure");
    }

    @Test
    void viewing_the_trail_is_itself_audited() {
        http("admin").get("/console/audit?agency=VE-CICPC");
        AuditEntry viewed = trail.search(query("admin", "audit.view", null)).items().getFirst();
        assertThat(viewed.detail()).isEqualTo("agency=VE-CICPC page=0");
    }
}

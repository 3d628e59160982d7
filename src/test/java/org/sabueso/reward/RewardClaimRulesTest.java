package org.sabueso.reward;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.sabueso.Fixtures;
import org.sabueso.Http;
import org.sabueso.IntegrationTest;
import org.sabueso.agency.Agencies;
import org.sabueso.shared.Money;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Reward claims over the real API: a tipster's claim leaves no trace of its tip or its moment
 * (issue 12, finding 7), and the money moves only under four eyes, race-free (finding 9).
 */
class RewardClaimRulesTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Rewards rewards;

    @Autowired
    Agencies agencies;

    /** A claim filed through the public API on a Peruvian offer, and the tip it came from. */
    record Filed(UUID claim, UUID tip, UUID notice) {
    }

    Filed filedClaim(String subject) {
        Http ve = http("ve.analyst");
        UUID notice = UUID.fromString(ve.postJson("/api/v1/notices", Fixtures.draft(subject, "PUBLIC", List.of()))
                .json().get("id").asString());
        assertThat(ve.postJson("/api/v1/notices/" + notice + "/submit", Map.of("reason", "ready")).status()).isEqualTo(200);
        assertThat(http("ve.supervisor").postJson("/api/v1/notices/" + notice + "/review", Fixtures.approve()).status())
                .isEqualTo(200);
        UUID offer = rewards.offer(agencies.viewerFor("pe.supervisor").orElseThrow(), new NewRewardOffer(notice,
                Money.of("80000", "PEN"), LocalDate.now().minusDays(1), null, "Captura", "Programa de Recompensas (prueba)"));
        String what = "Lo vi en Piura " + UUID.randomUUID();
        Http.Response sent = anonymous().postJson("/api/v1/public/tips", Map.of("noticeId", notice.toString(), "what", what));
        assertThat(sent.status()).isEqualTo(201);
        String codename = sent.json().get("codename").asString();
        UUID tip = null;
        for (JsonNode i : http("pe.analyst").get("/api/v1/tips?status=NEW").json().get("items")) {
            if (what.equals(i.get("preview").asString())) {
                tip = UUID.fromString(i.get("id").asString());
            }
        }
        assertThat(tip).isNotNull();
        assertThat(http("pe.analyst").postJson("/api/v1/tips/" + tip + "/status", Map.of("status", "LED_TO_CAPTURE")).status())
                .isEqualTo(200);
        JsonNode view = anonymous().postJson("/api/v1/public/tips/follow-up/claim",
                Map.of("codename", codename, "offerId", offer.toString())).json();
        JsonNode claim = view.get("claims").get(0);
        assertThat(claim.get("status").asString()).as("the tipster follows the claim with the codename").isEqualTo("FILED");
        return new Filed(UUID.fromString(claim.get("id").asString()), tip, notice);
    }

    UUID evaluatedClaim(String subject) {
        UUID claim = filedClaim(subject).claim();
        assertThat(http("pe.supervisor").postJson("/api/v1/claims/" + claim + "/evaluation",
                Map.of("approve", true, "reason", "La información permitió la captura")).json().get("status").asString())
                .isEqualTo("APPROVED");
        return claim;
    }

    long lastAuditSeq() {
        return jdbc.sql("SELECT coalesce(max(seq), 0) FROM audit_entry").query(Long.class).single();
    }

    @Test
    void a_tipsters_claim_writes_nothing_to_the_audit_chain_and_keeps_its_time_to_the_minute() {
        long before = lastAuditSeq();
        // the staff's work on the tip up to the capture is audited under the tip's id, as before;
        // the tipster's claim at the end must add nothing
        Filed filed = filedClaim("Nelson Reclamo Anónimo");

        List<Map<String, Object>> entries = jdbc.sql("""
                SELECT action, coalesce(target_id, '') AS target, coalesce(detail, '') AS detail FROM audit_entry
                WHERE seq > ? AND (action LIKE 'reward.claim%' OR target_id = ? OR detail LIKE '%' || ? || '%'
                   OR (action NOT LIKE 'tip.%' AND (target_id = ? OR detail LIKE '%' || ? || '%')))""")
                .params(before, filed.claim().toString(), filed.claim().toString(), filed.tip().toString(), filed.tip().toString())
                .query().listOfRows();
        assertThat(entries).as("no audit entry of the filing, none naming the claim or (outside staff tip work) the tip")
                .isEmpty();
        Map<String, Object> times = jdbc.sql("""
                SELECT extract(second FROM filed_at) AS seconds FROM reward_claim WHERE id = ?""")
                .param(filed.claim()).query().singleRow();
        assertThat(((Number) times.get("seconds")).doubleValue()).as("no seconds, no microseconds").isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM reward_claim c WHERE c.id = ? AND row_to_json(c)::text LIKE '%' || ? || '%'")
                .params(filed.claim(), filed.tip().toString()).query(Long.class).single()).as("the tip's id is nowhere in the claim")
                .isZero();
        JsonNode staffView = http("pe.supervisor").get("/api/v1/claims/" + filed.claim()).json();
        assertThat(staffView.toString()).doesNotContain(filed.tip().toString()).contains(filed.notice().toString());
        assertThat(staffView.has("tipId")).isFalse();
    }

    @Test
    void no_column_of_the_claim_and_payout_tables_references_a_tip() {
        List<String> columns = jdbc.sql("""
                SELECT table_name || '.' || column_name FROM information_schema.columns
                WHERE table_name IN ('reward_claim', 'reward_payout') AND column_name LIKE '%tip%'""")
                .query(String.class).list();
        assertThat(columns).isEmpty();
        List<String> foreignKeys = jdbc.sql("""
                SELECT conname FROM pg_constraint
                WHERE contype = 'f' AND conrelid IN ('reward_claim'::regclass, 'reward_payout'::regclass)
                  AND confrelid IN (SELECT oid FROM pg_class WHERE relname LIKE 'tip%')""")
                .query(String.class).list();
        assertThat(foreignKeys).isEmpty();
    }

    @Test
    void the_supervisor_who_evaluated_a_claim_cannot_approve_its_payout() {
        UUID claim = evaluatedClaim("Oscar Evaluador Aparte");
        Http.Response refused = http("pe.supervisor").postJson("/api/v1/claims/" + claim + "/payout/approval", Map.of());
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("code").asString()).isEqualTo("claim.evaluator-may-not-approve-payout");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE target_id = ? AND action LIKE 'reward.payout.%'")
                .param(claim.toString()).query(Long.class).single()).isZero();
    }

    @Test
    void a_payment_is_recorded_only_after_two_distinct_approvals() {
        UUID claim = evaluatedClaim("Raúl Pago Tardío");
        Map<String, String> payment = Map.of("amount", "80000", "currency", "PEN", "paidOn", LocalDate.now().toString(),
                "method", "Transferencia");
        Http.Response early = http("pe.supervisor").postJson("/api/v1/claims/" + claim + "/payout", payment);
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().get("code").asString()).isEqualTo("claim.payout-needs-two-approvals");
        assertThat(http("pe.supervisor2").postJson("/api/v1/claims/" + claim + "/payout/approval", Map.of()).status()).isEqualTo(200);
        Http.Response twice = http("pe.supervisor2").postJson("/api/v1/claims/" + claim + "/payout/approval", Map.of());
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().get("code").asString()).isEqualTo("claim.payout-already-approved-by-you");
        assertThat(http("pe.supervisor").postJson("/api/v1/claims/" + claim + "/payout", payment).status())
                .as("one approval is not enough").isEqualTo(409);
        assertThat(jdbc.sql("SELECT count(*) FROM reward_payout WHERE claim_id = ?").param(claim).query(Long.class).single()).isZero();
        assertThat(http("pe.supervisor3").postJson("/api/v1/claims/" + claim + "/payout/approval", Map.of()).status()).isEqualTo(200);
        JsonNode paid = http("pe.supervisor").postJson("/api/v1/claims/" + claim + "/payout", payment).json();
        assertThat(paid.get("status").asString()).isEqualTo("PAID");
        assertThat(List.of(paid.get("payout").get("firstApprover").asString(), paid.get("payout").get("secondApprover").asString()))
                .containsExactly("pe.supervisor2", "pe.supervisor3");
    }

    @Test
    void twelve_concurrent_approvals_by_two_supervisors_change_the_claim_twice_and_are_audited_twice() throws Exception {
        UUID claim = evaluatedClaim("Tomás Carrera Concurrente");
        int requests = 12;
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Http.Response>> answers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(requests)) {
            for (int i = 0; i < requests; i++) {
                Http supervisor = http(i % 2 == 0 ? "pe.supervisor2" : "pe.supervisor3");
                answers.add(pool.submit(() -> {
                    go.await();
                    return supervisor.postJson("/api/v1/claims/" + claim + "/payout/approval", Map.of());
                }));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Http.Response> a : answers) {
                statuses.add(a.get().status());
            }
            assertThat(statuses).as("one first and one second approval; every other request changed nothing")
                    .filteredOn(s -> s == 200).hasSize(2);
            assertThat(statuses).filteredOn(s -> s == 409).hasSize(requests - 2);
        }
        JsonNode now = http("pe.supervisor").get("/api/v1/claims/" + claim).json();
        assertThat(now.get("payoutApprovers").size()).isEqualTo(2);
        assertThat(now.get("payoutApprovers").toString()).contains("pe.supervisor2", "pe.supervisor3");
        List<String> audited = jdbc.sql("SELECT action FROM audit_entry WHERE target_id = ? AND action LIKE 'reward.payout.%' ORDER BY seq")
                .param(claim.toString()).query(String.class).list();
        assertThat(audited).containsExactly("reward.payout.approve1", "reward.payout.approve2");
    }
}

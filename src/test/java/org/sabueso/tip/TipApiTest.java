package org.sabueso.tip;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sabueso.Http;
import org.sabueso.IntegrationTest;
import org.sabueso.agency.Agencies;
import org.sabueso.reward.NewRewardOffer;
import org.sabueso.reward.Rewards;
import org.sabueso.shared.Money;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The tip line and its triage over the real API: routing by the sharing policy, encryption at rest, refusals. */
class TipApiTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Rewards rewards;

    @Autowired
    Agencies agencies;

    UUID guerrero;

    @BeforeEach
    void findGuerrero() {
        guerrero = guerrero(jdbc);
    }

    /** The demo's notice on Héctor Guerrero Flores, Venezuelan, public, with Peru's reward. */
    static UUID guerrero(JdbcClient jdbc) {
        return jdbc.sql("SELECT id FROM notice WHERE warrant_reference = 'VE-TC-ARAGUA-2023-0917'").query(UUID.class).single();
    }

    String submit(String what) {
        Http.Response r = anonymous().postJson("/api/v1/public/tips", Map.of("noticeId", guerrero.toString(), "what", what,
                "where", "Mercado de Gamarra, Lima", "when", "ayer", "text", "Iba en una camioneta gris"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("codename").asString();
    }

    UUID tipIdInInbox(String user, String what) {
        JsonNode items = http(user).get("/api/v1/tips?status=NEW").json().get("items");
        for (JsonNode i : items) {
            if (what.equals(i.get("preview").asString())) {
                return UUID.fromString(i.get("id").asString());
            }
        }
        return null;
    }

    @Test
    void a_tip_on_guerrero_goes_to_venezuela_and_to_peru_which_offers_the_reward_but_not_to_colombia() {
        String what = "Lo vi comprando en Gamarra " + UUID.randomUUID();
        String codename = submit(what);
        assertThat(codename.split(" ")).hasSize(8);

        UUID forPeru = tipIdInInbox("pe.analyst", what);
        UUID forVenezuela = tipIdInInbox("ve.analyst", what);
        assertThat(forPeru).isNotNull().isEqualTo(forVenezuela);
        assertThat(tipIdInInbox("co.analyst", what)).isNull();
        assertThat(http("co.analyst").get("/api/v1/tips/" + forPeru).status()).isEqualTo(404);
        assertThat(http("pe.border").get("/api/v1/tips/" + forPeru).status()).as("not an analyst: not found").isEqualTo(404);
        assertThat(http("pe.border").get("/api/v1/tips").status()).as("no inbox for a border officer").isEqualTo(403);
        assertThat(anonymous().get("/api/v1/tips/" + forPeru).status()).isEqualTo(401);

        JsonNode tip = http("pe.analyst").get("/api/v1/tips/" + forPeru).json();
        assertThat(tip.get("entries").get(0).get("what").asString()).isEqualTo(what);
        assertThat(tip.get("recipients").toString()).contains("PE-PNP", "VE-CICPC").doesNotContain("CO-DIJIN");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'tip.read' AND target_id = ? AND actor = 'pe.analyst'")
                .param(forPeru.toString()).query(Long.class).single()).isPositive();
    }

    @Test
    void a_database_dump_alone_reveals_no_tip_text_and_no_codename() {
        // a codename is eight common Spanish words, and the demo data holds some of them ("tatuaje
        // con nombre de mujer"): the tip is sent again until its codename's words are new to the
        // database, so that finding one afterwards can only mean the codename leaked
        String before = Traces.database(jdbc);
        String marker;
        String codename;
        do {
            marker = "TextoSecretoDelInformante" + UUID.randomUUID().toString().substring(0, 8);
            codename = submit(marker);
        } while (java.util.Arrays.stream(codename.split(" ")).anyMatch(w -> before.contains(" " + w + " ")));
        UUID id = tipIdInInbox("pe.analyst", marker);
        http("pe.analyst").postJson("/api/v1/tips/" + id + "/notes", Map.of("text", "NotaInterna-" + marker));
        http("pe.analyst").postJson("/api/v1/tips/" + id + "/messages", Map.of("text", "Pregunta-" + marker));
        String dump = Traces.database(jdbc);
        assertThat(dump).contains(id.toString());
        assertThat(dump).doesNotContain(marker).doesNotContain(Traces.hex(marker))
                .doesNotContain("Gamarra").doesNotContain(codename).doesNotContain(Traces.hex(codename));
        for (String word : codename.split(" ")) {
            assertThat(dump).doesNotContain(" " + word + " ");
        }
    }

    @Test
    void the_tipster_reads_the_question_and_answers_with_the_codename_but_never_sees_notes() {
        String what = "Lo vi en Tumbes " + UUID.randomUUID();
        String codename = submit(what);
        UUID id = tipIdInInbox("pe.analyst", what);
        assertThat(http("pe.analyst").postJson("/api/v1/tips/" + id + "/notes", Map.of("text", "solo interno")).status()).isEqualTo(200);
        assertThat(http("pe.analyst").postJson("/api/v1/tips/" + id + "/messages", Map.of("text", "¿Qué hora era?")).status()).isEqualTo(200);

        JsonNode view = anonymous().postJson("/api/v1/public/tips/follow-up", Map.of("codename", codename.toUpperCase())).json();
        assertThat(view.toString()).contains("¿Qué hora era?").doesNotContain("solo interno")
                .as("the agency answers, not a named officer").doesNotContain("pe.analyst");
        assertThat(view.get("messages")).anySatisfy(m -> assertThat(m.get("agencyId").asString()).isEqualTo("PE-PNP"));
        assertThat(anonymous().postJson("/api/v1/public/tips/follow-up/reply", Map.of("codename", codename, "text", "Las cinco")).status())
                .isEqualTo(200);
        JsonNode tip = http("pe.analyst").get("/api/v1/tips/" + id).json();
        assertThat(tip.get("entries").toString()).contains("Las cinco", "solo interno", "¿Qué hora era?");

        Http.Response wrong = anonymous().postJson("/api/v1/public/tips/follow-up", Map.of("codename", "ábaco ábaco ábaco ábaco ábaco ábaco ábaco ábaco"));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().get("field").asString()).isEqualTo("codename");
    }

    @Test
    void bad_input_is_a_problem_naming_the_field_and_nothing_is_stored() {
        long before = jdbc.sql("SELECT count(*) FROM tip").query(Long.class).single();
        Http.Response empty = anonymous().postJson("/api/v1/public/tips", Map.of("noticeId", guerrero.toString(), "what", "   "));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.contentType()).startsWith("application/problem+json");
        assertThat(empty.json().get("field").asString()).isEqualTo("what");

        Http.Response huge = anonymous().postJson("/api/v1/public/tips", Map.of("noticeId", guerrero.toString(), "what", "x".repeat(10_001)));
        assertThat(huge.json().get("field").asString()).isEqualTo("what");
        Http.Response unknown = anonymous().postJson("/api/v1/public/tips", Map.of("noticeId", UUID.randomUUID().toString(), "what", "algo"));
        assertThat(unknown.json().get("field").asString()).isEqualTo("noticeId");
        Http.Response noAgency = anonymous().postJson("/api/v1/public/tips", Map.of("what", "algo"));
        assertThat(noAgency.json().get("field").asString()).isEqualTo("agencyId");
        Http.Response notJson = anonymous().post("/api/v1/public/tips", "application/json", "{\"what\": ");
        assertThat(notJson.status()).isEqualTo(400);
        UUID draftOnly = jdbc.sql("SELECT id FROM notice WHERE status = 'DRAFT' LIMIT 1").query(UUID.class).single();
        assertThat(anonymous().postJson("/api/v1/public/tips", Map.of("noticeId", draftOnly.toString(), "what", "algo")).status())
                .as("a notice the public may not see takes no tips").isEqualTo(400);
        assertThat(jdbc.sql("SELECT count(*) FROM tip").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void hostile_text_is_kept_as_text_and_shown_escaped() {
        // a NUL is refused at the edge, naming the field, like any text the database cannot store
        Http.Response nul = anonymous().postJson("/api/v1/public/tips", Map.of("noticeId", guerrero.toString(),
                "what", "evil\u0000", "where", "Lima", "when", "ayer", "text", "x"));
        assertThat(nul.status()).isEqualTo(400);
        assertThat(nul.json().get("field").asString()).isEqualTo("what");
        String hostile = "<script>alert('x')</script>'; DROP TABLE tip; -- \u202Eevil 𝕳é";
        String codename = submit(hostile);
        JsonNode view = anonymous().postJson("/api/v1/public/tips/follow-up", Map.of("codename", codename)).json();
        assertThat(view.get("messages").get(0).get("what").asString()).contains("<script>", "DROP TABLE", "𝕳é").doesNotContain("\u0000");
        UUID id = tipIdInInbox("pe.analyst", view.get("messages").get(0).get("what").asString());
        assertThat(id).isNotNull();
        String page = new org.sabueso.web.HtmlClient(port, "pe.analyst", PASSWORD).get("/console/tips/" + id).body();
        assertThat(page).doesNotContain("<script>alert").contains("&lt;script&gt;");
        assertThat(jdbc.sql("SELECT count(*) FROM tip").query(Long.class).single()).isPositive();
    }

    @Test
    void triage_sets_status_assignment_and_sightings_with_refusals_named() {
        String what = "Lo vi en Cúcuta " + UUID.randomUUID();
        submit(what);
        UUID id = tipIdInInbox("pe.analyst", what);
        Http pe = http("pe.analyst");
        assertThat(pe.postJson("/api/v1/tips/" + id + "/status", Map.of("status", "ACTIONABLE")).json().get("status").asString())
                .isEqualTo("ACTIONABLE");
        assertThat(pe.postJson("/api/v1/tips/" + id + "/status", Map.of("status", "MAYBE")).json().get("field").asString()).isEqualTo("status");
        assertThat(pe.postJson("/api/v1/tips/" + id + "/assignment", Map.of("assignedTo", "pe.supervisor")).json().get("assignedTo").asString())
                .isEqualTo("pe.supervisor");
        assertThat(pe.postJson("/api/v1/tips/" + id + "/assignment", Map.of("assignedTo", "ve.analyst")).json().get("field").asString())
                .isEqualTo("assignedTo");
        Http.Response seen = pe.postJson("/api/v1/tips/" + id + "/sightings",
                Map.of("place", "Terminal de buses de Cúcuta", "seenAt", "2023-10-01T14:30:00Z", "confidence", "HIGH"));
        assertThat(seen.status()).as(seen.body()).isEqualTo(201);
        assertThat(pe.postJson("/api/v1/tips/" + id + "/sightings", Map.of("place", "x", "seenAt", "2999-01-01T00:00:00Z", "confidence", "HIGH"))
                .json().get("field").asString()).isEqualTo("seenAt");
        assertThat(pe.postJson("/api/v1/tips/" + id + "/sightings", Map.of("place", "", "seenAt", "2023-10-01T14:30:00Z", "confidence", "LOW"))
                .json().get("field").asString()).isEqualTo("place");
        JsonNode sightings = pe.get("/api/v1/notices/" + guerrero + "/sightings").json();
        assertThat(sightings.toString()).contains("Terminal de buses de Cúcuta");
        assertThat(http("co.analyst").get("/api/v1/notices/" + guerrero + "/sightings").json().toString())
                .doesNotContain("Terminal de buses de Cúcuta");
        String noticePage = new org.sabueso.web.HtmlClient(port, "pe.analyst", PASSWORD).get("/console/notices/" + guerrero).body();
        assertThat(noticePage).contains("Visto por última vez", "Terminal de buses de Cúcuta");
        assertThat(new org.sabueso.web.HtmlClient(port, "co.analyst", PASSWORD).get("/console/notices/" + guerrero).body())
                .doesNotContain("Terminal de buses de Cúcuta");
        assertThat(http("co.analyst").postJson("/api/v1/tips/" + id + "/status", Map.of("status", "UNFOUNDED")).status()).isEqualTo(404);
        assertThat(pe.get("/api/v1/tips?mine=true").json().toString()).doesNotContain(id.toString());
        assertThat(http("pe.supervisor").get("/api/v1/tips?mine=true").json().toString()).contains(id.toString());
    }

    /** A public notice of Venezuela's of this test's own, so offers made on it leave the demo's notices as they are. */
    UUID ownPublicNotice(String name) {
        Http ve = http("ve.analyst");
        UUID id = UUID.fromString(ve.postJson("/api/v1/notices", org.sabueso.Fixtures.draft(name, "PUBLIC", List.of()))
                .json().get("id").asString());
        assertThat(ve.postJson("/api/v1/notices/" + id + "/submit", Map.of("reason", "ready")).status()).isEqualTo(200);
        assertThat(http("ve.supervisor").postJson("/api/v1/notices/" + id + "/review", org.sabueso.Fixtures.approve()).status())
                .isEqualTo(200);
        return id;
    }

    @Test
    void a_reward_is_claimed_only_after_the_capture_once_per_capture_and_paid_after_two_supervisors_other_than_the_evaluator() {
        UUID notice = ownPublicNotice("Wilmer Antonio Recompensa Doble");
        UUID peruOffer = rewards.offer(agencies.viewerFor("pe.supervisor").orElseThrow(), new NewRewardOffer(notice,
                Money.of("500000", "PEN"), LocalDate.now().minusDays(1), null, "Captura", "Programa de Recompensas (prueba)"));
        // Colombia offers a reward too: the same capture still pays once
        UUID colombiaOffer = rewards.offer(agencies.viewerFor("co.supervisor").orElseThrow(), new NewRewardOffer(notice,
                Money.of("100000000", "COP"), LocalDate.now().minusDays(1), null, "Captura", "Resolución de prueba"));
        String what = "Lo vi en Lima " + UUID.randomUUID();
        Http.Response sent = anonymous().postJson("/api/v1/public/tips", Map.of("noticeId", notice.toString(), "what", what));
        assertThat(sent.status()).isEqualTo(201);
        String codename = sent.json().get("codename").asString();
        UUID id = tipIdInInbox("pe.analyst", what);
        assertThat(tipIdInInbox("co.analyst", what)).as("Colombia offers a reward: it receives the tip").isEqualTo(id);
        JsonNode early = anonymous().postJson("/api/v1/public/tips/follow-up", Map.of("codename", codename)).json();
        assertThat(early.get("claimable")).isEmpty();
        assertThat(anonymous().postJson("/api/v1/public/tips/follow-up/claim", Map.of("codename", codename, "offerId", peruOffer.toString()))
                .status()).as("no claim before the capture").isEqualTo(409);

        assertThat(http("pe.analyst").postJson("/api/v1/tips/" + id + "/status", Map.of("status", "LED_TO_CAPTURE")).status()).isEqualTo(200);
        JsonNode claimable = anonymous().postJson("/api/v1/public/tips/follow-up", Map.of("codename", codename)).json().get("claimable");
        assertThat(claimable.toString()).contains(peruOffer.toString());
        JsonNode filed = anonymous().postJson("/api/v1/public/tips/follow-up/claim", Map.of("codename", codename, "offerId", peruOffer.toString())).json();
        assertThat(filed.get("claims").get(0).get("status").asString()).isEqualTo("FILED");
        UUID claim = UUID.fromString(filed.get("claims").get(0).get("id").asString());
        Http.Response twice = anonymous().postJson("/api/v1/public/tips/follow-up/claim", Map.of("codename", codename, "offerId", colombiaOffer.toString()));
        assertThat(twice.status()).as("the same capture across offers").isEqualTo(409);

        assertThat(http("pe.analyst").postJson("/api/v1/claims/" + claim + "/evaluation", Map.of("approve", true, "reason", "ok")).status())
                .as("an analyst does not evaluate").isEqualTo(403);
        assertThat(http("co.supervisor").postJson("/api/v1/claims/" + claim + "/evaluation", Map.of("approve", true, "reason", "ok")).status())
                .as("another agency's supervisor does not even see it").isEqualTo(404);
        assertThat(http("pe.supervisor").postJson("/api/v1/claims/" + claim + "/evaluation", Map.of("approve", true)).json().get("field").asString())
                .isEqualTo("reason");
        assertThat(http("pe.supervisor").postJson("/api/v1/claims/" + claim + "/evaluation",
                Map.of("approve", true, "amount", "600000", "reason", "más que la oferta")).json().get("field").asString()).isEqualTo("amount");
        JsonNode approved = http("pe.supervisor").postJson("/api/v1/claims/" + claim + "/evaluation",
                Map.of("approve", true, "reason", "La información permitió la captura")).json();
        assertThat(approved.get("status").asString()).isEqualTo("APPROVED");

        Map<String, String> payment = Map.of("amount", "500000.00", "currency", "PEN", "paidOn", LocalDate.now().toString(),
                "method", "Cheque de gerencia");
        assertThat(http("pe.supervisor2").postJson("/api/v1/claims/" + claim + "/payout", payment).status())
                .as("no payment before two approvals").isEqualTo(409);
        assertThat(http("pe.supervisor").postJson("/api/v1/claims/" + claim + "/payout/approval", Map.of()).status())
                .as("the evaluator is not a payout approver").isEqualTo(403);
        assertThat(http("pe.supervisor2").postJson("/api/v1/claims/" + claim + "/payout/approval", Map.of()).json()
                .get("payoutApprovers").toString()).isEqualTo("[\"pe.supervisor2\"]");
        Http.Response sameAgain = http("pe.supervisor2").postJson("/api/v1/claims/" + claim + "/payout/approval", Map.of());
        assertThat(sameAgain.status()).as("four eyes: not the same supervisor twice").isEqualTo(409);
        assertThat(http("pe.supervisor2").postJson("/api/v1/claims/" + claim + "/payout", payment).status())
                .as("no payment after one approval").isEqualTo(409);
        JsonNode ready = http("pe.supervisor3").postJson("/api/v1/claims/" + claim + "/payout/approval", Map.of()).json();
        assertThat(ready.get("status").asString()).isEqualTo("APPROVED");
        assertThat(ready.get("payoutApprovers").toString()).isEqualTo("[\"pe.supervisor2\",\"pe.supervisor3\"]");

        assertThat(http("pe.supervisor").postJson("/api/v1/claims/" + claim + "/payout",
                Map.of("amount", "500000", "currency", "USD", "paidOn", LocalDate.now().toString(), "method", "efectivo")).json()
                .get("field").asString()).isEqualTo("currency");
        assertThat(http("pe.supervisor").postJson("/api/v1/claims/" + claim + "/payout",
                Map.of("amount", "500000", "currency", "PEN", "paidOn", LocalDate.now().toString())).json().get("field").asString())
                .isEqualTo("method");
        JsonNode paid = http("pe.supervisor").postJson("/api/v1/claims/" + claim + "/payout", payment).json();
        assertThat(paid.get("status").asString()).isEqualTo("PAID");
        assertThat(paid.get("payout").get("firstApprover").asString()).isEqualTo("pe.supervisor2");
        assertThat(paid.get("payout").get("secondApprover").asString()).isEqualTo("pe.supervisor3");
        assertThat(http("pe.supervisor").postJson("/api/v1/claims/" + claim + "/payout", payment).status())
                .as("paid once").isEqualTo(409);
        assertThat(anonymous().postJson("/api/v1/public/tips/follow-up", Map.of("codename", codename)).json().get("claims").get(0)
                .get("status").asString()).isEqualTo("PAID");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE target_id = ? AND action LIKE 'reward.payout.%'")
                .param(claim.toString()).query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void a_claim_past_its_deadline_shows_as_overdue_on_the_dashboard() {
        // a notice of the test's own: the capture arrests it, and the demo's Guerrero Flores stays wanted
        UUID notice = ownPublicNotice("Wilmer Antonio Plazo Vencido");
        rewards.offer(agencies.viewerFor("pe.supervisor").orElseThrow(), new NewRewardOffer(notice,
                Money.of("500000", "PEN"), LocalDate.now().minusDays(1), null, "Captura", "Programa de Recompensas (prueba)"));
        String what = "Lo vi en Arequipa " + UUID.randomUUID();
        Http.Response sent = anonymous().postJson("/api/v1/public/tips", Map.of("noticeId", notice.toString(), "what", what));
        assertThat(sent.status()).isEqualTo(201);
        String codename = sent.json().get("codename").asString();
        UUID id = tipIdInInbox("pe.analyst", what);
        http("pe.analyst").postJson("/api/v1/tips/" + id + "/status", Map.of("status", "LED_TO_CAPTURE"));
        JsonNode view = anonymous().postJson("/api/v1/public/tips/follow-up", Map.of("codename", codename)).json();
        String offer = view.get("claimable").get(0).get("id").asString();
        JsonNode filed = anonymous().postJson("/api/v1/public/tips/follow-up/claim", Map.of("codename", codename, "offerId", offer)).json();
        UUID claim = UUID.fromString(filed.get("claims").get(0).get("id").asString());
        // the deadline passes (sabueso.reward.claim-deadline after filing): moved back, as time would
        jdbc.sql("UPDATE reward_claim SET deadline = current_date - 1 WHERE id = ?").param(claim).update();

        assertThat(http("pe.supervisor").get("/api/v1/claims/" + claim).json().get("overdue").asBoolean()).isTrue();
        String dashboard = new org.sabueso.web.HtmlClient(port, "pe.supervisor", PASSWORD).get("/console").body();
        assertThat(dashboard).contains("Reclamos de recompensa sin pagar").containsPattern("\\d+ vencidos?|uno vencido");
        String english = new org.sabueso.web.HtmlClient(port, "pe.analyst", PASSWORD).get("/console?lang=en").body();
        assertThat(english).contains("Reward claims not yet paid").containsPattern("overdue");
    }
}

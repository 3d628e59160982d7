package org.sabueso.reward;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sabueso.Fixtures;
import org.sabueso.Http;
import org.sabueso.IntegrationTest;
import org.sabueso.tip.TipClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Issue 15, item 5: a claim names its notice and person; a tip that led to the capture arrests the
 * notice, whose offers then read PAID (a payout was recorded) or CLOSED (none was); the tipster's
 * page says how the offering agency pays out, in the page's language, and nothing of the tipster
 * goes with it; the exchange rate's source is worded in the reader's language.
 */
class MoneyThatClosesTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    /** A public notice of Venezuela's of this test's own: a capture arrests it. */
    UUID ownPublicNotice(String name) {
        Http ve = http("ve.analyst");
        UUID id = UUID.fromString(ve.postJson("/api/v1/notices", Fixtures.draft(name, "PUBLIC", List.of())).json().get("id").asString());
        assertThat(ve.postJson("/api/v1/notices/" + id + "/submit", Map.of("reason", "ready")).status()).isEqualTo(200);
        assertThat(http("ve.supervisor").postJson("/api/v1/notices/" + id + "/review", Fixtures.approve()).status()).isEqualTo(200);
        return id;
    }

    String offer(String supervisor, UUID notice, String amount, String currency) {
        Http.Response r = http(supervisor).postJson("/api/v1/notices/" + notice + "/rewards", Map.of("amount", amount,
                "currency", currency, "validFrom", java.time.LocalDate.now().minusDays(1).toString(), "conditions", "Captura"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    /** A tip on the notice, marked by Peru's analyst as having led to the capture; its codename. */
    String tipThatLedToCapture(UUID notice) {
        String what = "Lo vi en Tumbes " + UUID.randomUUID();
        String codename = anonymous().postJson("/api/v1/public/tips", Map.of("noticeId", notice.toString(), "what", what))
                .json().get("codename").asString();
        UUID tip = null;
        for (JsonNode i : http("pe.analyst").get("/api/v1/tips?status=NEW").json().get("items")) {
            if (what.equals(i.get("preview").asString())) {
                tip = UUID.fromString(i.get("id").asString());
            }
        }
        assertThat(tip).isNotNull();
        assertThat(http("pe.analyst").postJson("/api/v1/tips/" + tip + "/status", Map.of("status", "LED_TO_CAPTURE")).status())
                .isEqualTo(200);
        return codename;
    }

    /** Files the claim, approves it, two other supervisors approve the payout, and it is paid. */
    String claimAndPay(String codename, String offer, String amount) {
        String claim = anonymous().postJson("/api/v1/public/tips/follow-up/claim", Map.of("codename", codename, "offerId", offer))
                .json().get("claims").get(0).get("id").asString();
        assertThat(http("pe.supervisor").postJson("/api/v1/claims/" + claim + "/evaluation",
                Map.of("approve", true, "reason", "Captura confirmada")).status()).isEqualTo(200);
        http("pe.supervisor2").postJson("/api/v1/claims/" + claim + "/payout/approval", Map.of());
        http("pe.supervisor3").postJson("/api/v1/claims/" + claim + "/payout/approval", Map.of());
        JsonNode paid = http("pe.supervisor").postJson("/api/v1/claims/" + claim + "/payout", Map.of("amount", amount,
                "currency", "PEN", "paidOn", java.time.LocalDate.now().toString(), "method", "Efectivo")).json();
        assertThat(paid.get("status").asString()).isEqualTo("PAID");
        return claim;
    }

    @Test
    void a_claim_names_its_notice_and_person_in_the_list_and_alone() {
        UUID notice = ownPublicNotice("Rosendo Reclamo Nombrado");
        String offer = offer("pe.supervisor", notice, "1000", "PEN");
        String codename = tipThatLedToCapture(notice);
        String claim = anonymous().postJson("/api/v1/public/tips/follow-up/claim", Map.of("codename", codename, "offerId", offer))
                .json().get("claims").get(0).get("id").asString();
        String reference = http("ve.analyst").get("/api/v1/notices/" + notice).json().get("reference").asString();

        JsonNode one = http("pe.analyst").get("/api/v1/claims/" + claim).json();
        assertThat(one.get("noticeReference").asString()).isEqualTo(reference);
        assertThat(one.get("subjectName").asString()).isEqualTo("Rosendo Reclamo Nombrado");
        JsonNode listed = http("pe.analyst").get("/api/v1/claims?status=FILED").json().get("items").valueStream()
                .filter(c -> c.get("id").asString().equals(claim)).findFirst().orElseThrow();
        assertThat(listed.get("subjectName").asString()).isEqualTo("Rosendo Reclamo Nombrado");
        String page = http("pe.analyst").get("/console/claims?status=FILED", "text/html").body();
        assertThat(page).contains(reference + " · Rosendo Reclamo Nombrado");
    }

    @Test
    void a_capture_arrests_the_notice_and_its_offers_read_paid_or_closed() {
        UUID notice = ownPublicNotice("Rosendo Capturado Pagado");
        String paidOffer = offer("pe.supervisor", notice, "2000", "PEN");
        String unpaidOffer = offer("co.supervisor", notice, "5000000", "COP");
        JsonNode before = http("ve.analyst").get("/api/v1/notices/" + notice + "/rewards").json();
        assertThat(before.valueStream().map(o -> o.get("standing").asString()).toList()).containsOnly("OPEN");

        String codename = tipThatLedToCapture(notice);
        JsonNode arrested = http("ve.analyst").get("/api/v1/notices/" + notice).json();
        assertThat(arrested.get("status").asString()).as("the capture arrests the notice").isEqualTo("ARRESTED");
        JsonNode history = http("ve.analyst").get("/api/v1/notices/" + notice + "/history").json();
        JsonNode last = history.get(history.size() - 1);
        assertThat(last.get("to").asString()).isEqualTo("ARRESTED");
        assertThat(last.get("actorAgency").asString()).isEqualTo("PE-PNP");
        assertThat(last.get("reason").asString()).isEqualTo("captured: a tip received by PE-PNP led to the capture");
        assertThat(anonymous().get("/?q=Rosendo+Capturado+Pagado").body()).as("off the portal's wanted list")
                .doesNotContain(notice.toString());

        claimAndPay(codename, paidOffer, "2000");
        Map<String, String> standing = new java.util.HashMap<>();
        http("ve.analyst").get("/api/v1/notices/" + notice + "/rewards").json()
                .forEach(o -> standing.put(o.get("id").asString(), o.get("standing").asString()));
        assertThat(standing).containsEntry(paidOffer, "PAID").containsEntry(unpaidOffer, "CLOSED");
        String page = http("ve.analyst").get("/console/notices/" + notice, "text/html").body();
        assertThat(page).contains("Recompensa pagada", "Recompensa cerrada: el caso se cerró");
        assertThat(http("ve.analyst").get("/console/notices/" + notice + "?lang=en", "text/html").body())
                .contains("Reward paid", "Reward closed: the case is closed").doesNotContain("Recompensa pagada");
        assertThat(http("ve.analyst").get("/api/v1/notices/" + UUID.randomUUID() + "/rewards").json().get("code").asString())
                .isEqualTo("reward.notice.not-found");
    }

    @Test
    void the_tipster_reads_how_a_paid_reward_is_collected_in_their_language_and_nothing_of_theirs_is_kept() {
        UUID notice = ownPublicNotice("Rosendo Cobro Anónimo");
        String offer = offer("pe.supervisor", notice, "3000", "PEN");
        String codename = tipThatLedToCapture(notice);
        TipClient tipster = new TipClient(port, Map.of("User-Agent", "TipsterPhone/collect", "X-Forwarded-For", "203.0.113.77"));
        String beforePaid = tipster.form("/tips/follow-up", Map.of("codename", codename)).body();
        assertThat(beforePaid).doesNotContain("Cómo cobrar la recompensa");

        claimAndPay(codename, offer, "3000");
        String es = tipster.form("/tips/follow-up", Map.of("codename", codename)).body();
        assertThat(es).contains("Cómo cobrar la recompensa", "Llame a la línea de recompensas de Policía Nacional del Perú",
                "no se le pedirá su nombre ni un documento");
        String en = tipster.form("/tips/follow-up?lang=en", Map.of("codename", codename)).body();
        assertThat(en).contains("How to collect the reward", "Call the rewards line of Policía Nacional del Perú")
                .doesNotContain("Llame a la línea", "Cómo cobrar");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action LIKE 'reward.%' AND at > now() - interval '1 minute'"
                + " AND actor = 'anonymous'").query(Long.class).single()).as("the tipster's reading is not audited").isZero();
        String procedures = String.join("\n", jdbc.sql("SELECT agency_id || procedure || updated_by FROM reward_collection_procedure")
                .query(String.class).list());
        assertThat(procedures).doesNotContain(codename).doesNotContain("203.0.113.77").doesNotContain("TipsterPhone");
    }

    @Test
    void a_supervisor_words_the_procedure_and_bad_input_is_refused_with_codes() {
        Http.Response set = http("cl.supervisor").putJson("/api/v1/rewards/collection-procedure/en",
                Map.of("procedure", "Call 800-CL-REWARD with the claim number."));
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        assertThat(set.json().get("procedure").asString()).isEqualTo("Call 800-CL-REWARD with the claim number.");
        assertThat(set.json().get("agencyId").asString()).isEqualTo("CL-PDI");

        Http.Response analyst = http("cl.analyst").putJson("/api/v1/rewards/collection-procedure/es", Map.of("procedure", "x"));
        assertThat(analyst.status()).isEqualTo(403);
        assertThat(analyst.json().get("code").asString()).isEqualTo("claim.supervisor-only");
        Http.Response language = http("cl.supervisor").putJson("/api/v1/rewards/collection-procedure/fr", Map.of("procedure", "x"));
        assertThat(language.status()).isEqualTo(400);
        assertThat(language.json().get("errors").get(0).get("code").asString()).isEqualTo("reward.procedure.language");
        Http.Response empty = http("cl.supervisor").putJson("/api/v1/rewards/collection-procedure/es", Map.of("procedure", "  "));
        assertThat(empty.json().get("errors").get(0).get("code").asString()).isEqualTo("reward.procedure.required");
        Http.Response huge = http("cl.supervisor").putJson("/api/v1/rewards/collection-procedure/es", Map.of("procedure", "ñ".repeat(4001)));
        assertThat(huge.status()).isEqualTo(400);
        assertThat(huge.json().get("errors").get(0).get("code").asString()).isEqualTo("claim.text.too-long");
        Http.Response control = http("cl.supervisor").putJson("/api/v1/rewards/collection-procedure/es",
                Map.of("procedure", "Llame\u0007 al 800"));
        assertThat(control.status()).isEqualTo(400);
        assertThat(jdbc.sql("SELECT procedure FROM reward_collection_procedure WHERE agency_id = 'CL-PDI' AND language = 'es'")
                .query(String.class).single()).as("nothing half-written").startsWith("Llame a la línea");
    }

    @Test
    void an_offer_from_the_api_is_refused_field_by_field() {
        UUID notice = ownPublicNotice("Rosendo Oferta Mala");
        Http pe = http("pe.supervisor");
        JsonNode bad = pe.postJson("/api/v1/notices/" + notice + "/rewards", Map.of("amount", "-5", "currency", "XX",
                "validFrom", "mañana")).json();
        assertThat(bad.get("errors").valueStream().map(e -> e.get("field").asString()).toList())
                .containsExactlyInAnyOrder("currency", "amount", "validFrom");
        assertThat(pe.postJson("/api/v1/notices/" + notice + "/rewards", Map.of("amount", "10.555", "currency", "PEN",
                "validFrom", "2026-01-01")).json().get("code").asString()).isEqualTo("claim.amount.decimals");
        assertThat(pe.postJson("/api/v1/notices/" + notice + "/rewards", Map.of("amount", "12345678901234567", "currency", "PEN",
                "validFrom", "2026-01-01")).json().get("code").asString()).isEqualTo("reward.offer.amount");
        assertThat(http("pe.analyst").postJson("/api/v1/notices/" + notice + "/rewards", Map.of("amount", "10", "currency", "PEN",
                "validFrom", "2026-01-01")).status()).isEqualTo(403);
        assertThat(http("ve.analyst").get("/api/v1/notices/" + notice + "/rewards").json()).as("nothing half-written").isEmpty();
    }

    @Test
    void the_exchange_rate_source_is_in_the_readers_language() {
        UUID guerrero = jdbc.sql("SELECT id FROM notice WHERE warrant_reference = 'VE-TC-ARAGUA-2023-0917'").query(UUID.class).single();
        String es = anonymous().get("/notices/" + guerrero, "text/html").body();
        assertThat(es).contains("Banco Central de Reserva del Perú, tipo de cambio de referencia")
                .doesNotContain("Central Reserve Bank of Peru");
        String en = anonymous().get("/notices/" + guerrero + "?lang=en", "text/html").body();
        assertThat(en).contains("Central Reserve Bank of Peru, reference exchange rate")
                .doesNotContain("Banco Central de Reserva", "tipo de cambio de referencia");
        JsonNode offer = http("ve.analyst").get("/api/v1/notices/" + guerrero + "/rewards?lang=en").json().get(0);
        assertThat(offer.get("rateSource").asString()).isEqualTo("pe-bcrp-reference");
        assertThat(offer.get("rateSourceText").asString()).isEqualTo("Central Reserve Bank of Peru, reference exchange rate");
    }
}

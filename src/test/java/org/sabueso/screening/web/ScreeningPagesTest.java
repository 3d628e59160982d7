package org.sabueso.screening.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.sabueso.Fixtures;
import org.sabueso.Http;
import org.sabueso.IntegrationTest;
import org.sabueso.agency.Agencies;
import org.sabueso.reward.NewRewardOffer;
import org.sabueso.reward.Rewards;
import org.sabueso.screening.EventsHandled;
import org.sabueso.shared.Money;
import org.sabueso.web.ConsoleSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The screening pages over real HTTP, signed in through the login form: the screening form and
 * its errors, a MATCH explained and followed to its answer, the hit inbox of the issuing agency
 * only, the answer form, the link queue, and linked notices shown together on the console and
 * public notice pages.
 */
class ScreeningPagesTest extends IntegrationTest {

    private static final Pattern SCREENING_LINK = Pattern.compile("href=\"/console/screening/([0-9a-f-]{36})\"");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Rewards rewards;
    @Autowired
    Agencies agencies;

    private ConsoleSession signIn(String username) {
        return ConsoleSession.signIn(port, username, PASSWORD);
    }

    private long screeningsAuditedFor(String actor) {
        return jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'screening.run' AND actor = ?")
                .param(actor).query(Long.class).single();
    }

    /** An active public notice of {@code agency} with a full birth date and a document of its own. */
    private String activeNotice(String agency, String name, String document) {
        return activeNotice(agency, name, document, "PUBLIC");
    }

    private String activeNotice(String agency, String name, String document, String scope) {
        Map<String, Object> draft = new java.util.HashMap<>(Fixtures.draft(name, scope, List.of()));
        draft.put("subject", Map.of("name", name, "birthDate", "1986-04-17", "nationalities", List.of("VE"),
                "documents", List.of(Map.of("type", "national_id", "number", document, "country", "VE"))));
        Http analyst = http(agency + ".analyst");
        String id = analyst.postJson("/api/v1/notices", draft).json().get("id").asString();
        analyst.postJson("/api/v1/notices/" + id + "/submit", Map.of());
        assertThat(http(agency + ".supervisor").postJson("/api/v1/notices/" + id + "/review", Fixtures.approve()).status())
                .isEqualTo(200);
        // indexed, and its link proposals written, before the test goes on
        EventsHandled.about(jdbc, id);
        return id;
    }

    record SamePerson(String venezuelan, String peruvian) {
    }

    /** A public Venezuelan notice, then a Peruvian one (as Peru writes the name, in {@code scope}) with the same document. */
    private SamePerson samePersonWantedByVenezuelaAndPeru(String name, String asPeruWritesIt, String scope) {
        String document = newDocument();
        String venezuelan = activeNotice("ve", name, document);
        return new SamePerson(venezuelan, activeNotice("pe", asPeruWritesIt, document, scope));
    }

    /** Screens through the page; the notice is indexed (activeNotice waited), so it shows as a MATCH. */
    private HttpResponse<String> screenToMatch(ConsoleSession officer, String name, String birthDate) {
        officer.get("/console/screening");
        HttpResponse<String> r = officer.post("/console/screening", "name", name, "birthDate", birthDate,
                "purpose", "control migratorio, puente Simón Bolívar");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).as("a MATCH for %s", name).contains("decision-MATCH");
        return r;
    }

    /** A Venezuelan identity card number no other test's notice carries. */
    private static String newDocument() {
        return "V-" + ThreadLocalRandom.current().nextInt(10_000_000, 30_000_000);
    }

    private static String unique(String prefix) {
        StringBuilder sb = new StringBuilder(prefix);
        for (int i = 0; i < 7; i++) {
            sb.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return sb.toString();
    }

    @Test
    void bad_input_comes_back_beside_each_field_and_nothing_is_screened() {
        ConsoleSession officer = signIn("ec.border");
        long before = screeningsAuditedFor("ec.border");
        officer.get("/console/screening");
        HttpResponse<String> r = officer.post("/console/screening", "name", " ", "birthDate", "1990-13-45",
                "nationality", "XX", "documents[0].number", "V-1", "purpose", "");
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("id=\"name-error\"", "El nombre es obligatorio.",
                "id=\"birthDate-error\"", "Esa fecha no existe.", "value=\"1990-13-45\"",
                "id=\"nationality-error\"", "id=\"documents-error\"", "Cada documento necesita tipo y número.",
                "id=\"purpose-error\"", "Indique el motivo de la consulta", "aria-invalid=\"true\"",
                "Hay 5 problemas en el formulario", "value=\"V-1\"");
        assertThat(r.body()).doesNotContain("id=\"results\"");
        assertThat(screeningsAuditedFor("ec.border")).as("nothing audited as screened").isEqualTo(before);

        HttpResponse<String> english = officer.post("/console/screening?lang=en", "name", "Ana Díaz", "purpose", "");
        assertThat(english.statusCode()).isEqualTo(422);
        assertThat(english.body()).contains("<html lang=\"en\"", "State the purpose of the check");
    }

    @Test
    void guerrero_flores_as_a_border_form_writes_it_is_a_match_explained_for_the_officer() {
        ConsoleSession officer = signIn("ec.border");
        long before = screeningsAuditedFor("ec.border");
        officer.get("/console/screening");
        HttpResponse<String> r = officer.post("/console/screening", "name", "HECTOR R. GUERRERO-FLORES",
                "purpose", "control migratorio, Rumichaca");
        assertThat(r.statusCode()).isEqualTo(200);
        String guerrero = http("ec.analyst").get("/api/v1/notices?q=rusthenford").json().get("items").get(0).get("id").asString();
        assertThat(r.body()).contains("id=\"results\"", "class=\"decision decision-MATCH\">Coincidencia<",
                "Héctor Rusthenford Guerrero Flores", "href=\"/console/notices/" + guerrero + "\"",
                "Cuerpo de Investigaciones Científicas, Penales y Criminalísticas (Venezuela)",
                "Solicita: detención con fines de extradición",
                "<span>Nombre</span>", "Iguales: Hector, Guerrero, Flores", "R. ≈ Rusthenford",
                "Respuesta antes de ", "Seguir las respuestas de esta consulta");
        assertThat(screeningsAuditedFor("ec.border")).isEqualTo(before + 1);

        Matcher m = SCREENING_LINK.matcher(r.body());
        assertThat(m.find()).isTrue();
        HttpResponse<String> past = officer.get("/console/screening/" + m.group(1));
        assertThat(past.statusCode()).isEqualTo(200);
        assertThat(past.body()).contains("HECTOR R. GUERRERO-FLORES", "control migratorio, Rumichaca",
                "Coincidencia", "Respuesta antes de ", "hx-trigger=\"every 20s\"");
        assertThat(signIn("cl.border").get("/console/screening/" + m.group(1)).statusCode())
                .as("another agency's screening is not found").isEqualTo(404);
        assertThat(officer.get("/console/screening/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
    }

    @Test
    void the_hit_inbox_is_the_issuing_agencys_and_its_answer_reaches_the_officer() throws Exception {
        String name = "Yordi " + unique("Alcal") + " Mendoza";
        String notice = activeNotice("ve", name, newDocument(), "ALL_MEMBERS");
        ConsoleSession officer = signIn("co.border");
        HttpResponse<String> screened = screenToMatch(officer, name.toUpperCase(), "1986-04-17");
        Matcher m = SCREENING_LINK.matcher(screened.body());
        assertThat(m.find()).isTrue();
        String screeningId = m.group(1);

        ConsoleSession analyst = signIn("ve.analyst");
        HttpResponse<String> inbox = analyst.get("/console/hits");
        assertThat(inbox.statusCode()).isEqualTo(200);
        assertThat(inbox.body()).contains(name, name.toUpperCase(), "control migratorio, puente Simón Bolívar",
                "co.border, Policía Nacional de Colombia", "Responder antes de ", "Confirmar: es la persona",
                "class=\"nav-count");
        String hitId = hitIdOf(inbox.body(), notice);
        assertThat(analyst.get("/console").body()).as("the dashboard counts open hits")
                .contains("Coincidencias por responder");

        assertThat(signIn("cl.analyst").get("/console/hits?box=all").body()).as("a third agency").doesNotContain(name);
        assertThat(officer.get("/console/hits").statusCode()).as("border officers have no inbox").isEqualTo(403);

        HttpResponse<String> noNote = analyst.post("/console/hits/" + hitId + "/answer", "decision", "reject", "note", " ");
        assertThat(noNote.statusCode()).isEqualTo(422);
        assertThat(noNote.body()).contains("id=\"note-" + hitId + "-error\"", "Diga por qué no es la persona buscada.");
        // the page comes back on the refused hit's form, its note focused, without JavaScript (issue 15)
        assertThat(noNote.body()).contains("action=\"/console/hits/" + hitId + "/answer#hit-" + hitId + "\"")
                .containsPattern("<textarea id=\"note-" + hitId + "\"[^>]*autofocus=\"autofocus\"");

        HttpResponse<String> confirmed = analyst.post("/console/hits/" + hitId + "/answer", "decision", "confirm",
                "action", "ARREST", "note", "Es el sujeto: detenerlo y avisar al CICPC");
        assertThat(confirmed.statusCode()).isEqualTo(302);
        HttpResponse<String> after = analyst.follow(confirmed);
        assertThat(after.body()).contains("Coincidencia confirmada").doesNotContain("id=\"hit-" + hitId + "\"");
        assertThat(analyst.get("/console/hits?box=all").body()).contains("id=\"hit-" + hitId + "\"", "Confirmada");
        assertThat(analyst.post("/console/hits/" + hitId + "/answer", "decision", "reject", "note", "x").statusCode())
                .as("answered once").isEqualTo(302);

        HttpResponse<String> answer = officer.get("/console/screening/" + screeningId);
        assertThat(answer.body()).contains("confirmó que es la persona buscada", "Detener",
                "Es el sujeto: detenerlo y avisar al CICPC").doesNotContain("hx-trigger");
        assertThat(signIn("co.analyst").get("/console/hits?box=sent").body()).as("the sent tab of the screening agency")
                .contains(name, "Detener");
    }

    @Test
    void a_proposed_link_is_accepted_in_the_queue_and_both_notice_pages_show_the_other_with_its_reward() throws Exception {
        String name = "Wilfredo " + unique("Carrasq") + " Ortega";
        SamePerson both = samePersonWantedByVenezuelaAndPeru(name, name.toUpperCase(), "PUBLIC");
        String venezuelan = both.venezuelan();
        String peruvian = both.peruvian();
        rewards.offer(agencies.viewerFor("pe.supervisor").orElseThrow(), new NewRewardOffer(UUID.fromString(peruvian),
                Money.of("250000", "PEN"), LocalDate.now().minusDays(1), null, "Información que lleve a su captura", "Prueba"));

        ConsoleSession peru = signIn("pe.analyst");
        HttpResponse<String> queue = peru.get("/console/links");
        assertThat(queue.statusCode()).isEqualTo(200);
        assertThat(queue.body()).contains(name, name.toUpperCase(), "Policía Nacional del Perú",
                "Cuerpo de Investigaciones Científicas, Penales y Criminalísticas", "Mismo número de documento",
                "Misma fecha de nacimiento: 17/04/1986", "Aceptar: es la misma persona");
        assertThat(signIn("cl.analyst").get("/console/links").body()).as("not Chile's link").doesNotContain(name);
        assertThat(signIn("pe.border").get("/console/links").statusCode()).isEqualTo(403);

        String linkId = linkIdOf(queue.body(), name.toUpperCase());
        HttpResponse<String> accepted = peru.post("/console/links/" + linkId + "/decision", "accept", "true");
        assertThat(accepted.statusCode()).isEqualTo(302);
        assertThat(peru.follow(accepted).body()).contains("Vínculo aceptado").doesNotContain("id=\"link-" + linkId + "\"");
        assertThat(peru.get("/console/links?status=accepted").body()).contains("id=\"link-" + linkId + "\"", "Aceptado por pe.analyst");

        HttpResponse<String> console = signIn("ve.analyst").get("/console/notices/" + venezuelan);
        assertThat(console.body()).contains("También buscado por Perú", "recompensa S/\u00a0250.000",
                "href=\"/console/notices/" + peruvian + "\"");
        assertThat(signIn("pe.analyst").get("/console/notices/" + peruvian).body())
                .contains("También buscado por Venezuela").doesNotContain("recompensa S/\u00a0250.000");
        HttpResponse<String> portal = anonymousPage("/notices/" + venezuelan + "?lang=en");
        assertThat(portal.body()).contains("Also wanted by Peru", "reward S/\u00a0250,000", "href=\"/notices/" + peruvian + "?lang=en\"");
    }

    @Test
    void a_link_to_a_notice_the_public_may_not_see_stays_off_the_public_page() throws Exception {
        String name = "Anderson " + unique("Villal") + " Pineda";
        SamePerson both = samePersonWantedByVenezuelaAndPeru(name, name, "ALL_MEMBERS");
        String venezuelan = both.venezuelan();
        String peruvian = both.peruvian();
        JsonNode proposal = null;
        for (JsonNode l : http("ve.analyst").get("/api/v1/links").json()) {
            if (List.of(l.get("noticeA").asString(), l.get("noticeB").asString()).contains(peruvian)) {
                proposal = l;
            }
        }
        assertThat(proposal).isNotNull();
        http("ve.analyst").postJson("/api/v1/links/" + proposal.get("id").asString() + "/decision", Map.of("accept", true));
        assertThat(signIn("ve.analyst").get("/console/notices/" + venezuelan).body()).contains("También buscado por Perú");
        assertThat(anonymousPage("/notices/" + venezuelan).body()).contains(name).doesNotContain("También buscado por");
    }

    private HttpResponse<String> anonymousPage(String path) {
        return new org.sabueso.web.HtmlClient(port, null, null).get(path);
    }

    /** The id of the card ({@code <article id="prefix-…">}) that mentions {@code text}. */
    private static String cardIdOf(String page, String prefix, String text) {
        for (String card : page.split("<article")) {
            Matcher m = Pattern.compile("^[^>]*id=\"" + prefix + "-([0-9a-f-]{36})\"").matcher(card);
            if (m.find() && card.contains(text)) {
                return m.group(1);
            }
        }
        throw new AssertionError("no card mentions " + text);
    }

    private static String hitIdOf(String page, String noticeId) {
        return cardIdOf(page, "hit", "href=\"/console/notices/" + noticeId + "\"");
    }

    private static String linkIdOf(String page, String subject) {
        return cardIdOf(page, "link", subject);
    }
}

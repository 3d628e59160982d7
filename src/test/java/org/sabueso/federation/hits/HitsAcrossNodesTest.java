package org.sabueso.federation.hits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.sabueso.Fixtures;
import org.sabueso.Http;
import org.sabueso.IntegrationTest;
import org.sabueso.agency.Agencies;
import org.sabueso.audit.AuditQuery;
import org.sabueso.audit.AuditTrail;
import org.sabueso.federation.TestDirectory;
import org.sabueso.federation.internal.Envelope;
import org.sabueso.federation.internal.Kinds;
import org.sabueso.federation.internal.RefusalCode;
import org.sabueso.federation.internal.Refused;
import org.sabueso.notice.Notices;
import org.sabueso.screening.EventsHandled;
import org.sabueso.screening.RemoteHits;
import org.sabueso.screening.ScreeningEvents;
import org.sabueso.web.ConsoleSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A hit across nodes, both sides driven through the message kinds without Kafka, in the shared
 * context: one database plays the screening node (Colombia) and the issuing node (Venezuela) in
 * turn, each with its own {@link TestDirectory}, and the sending listener is attached to the
 * context only for the test that needs it. The three-node test over a real broker is the harness's.
 */
class HitsAcrossNodesTest extends IntegrationTest {

    @Autowired
    RemoteHits remoteHits;
    @Autowired
    Notices notices;
    @Autowired
    Agencies agencies;
    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ConfigurableApplicationContext context;
    @Autowired
    PlatformTransactionManager transactions;

    // ---------------------------------------------------------------- the screening node's side

    @Test
    void a_match_on_venezuelas_notice_screened_in_colombia_is_sent_to_venezuela_and_waits_for_its_answer() throws Exception {
        String name = "Yeferson " + unique("Quint") + " Arocha";
        String document = newDocument();
        String noticeId = activeNotice(name, document, "ALL_MEMBERS");
        RecordingOutbox outbox = new RecordingOutbox();
        HitsToOtherNodes colombia = new HitsToOtherNodes(new TestDirectory("CO"), outbox, remoteHits);

        JsonNode screened = listening(colombia, () -> http("co.border").postJson("/api/v1/screenings", Map.of(
                "name", name.toUpperCase(), "birthDate", "1986-04-17", "purpose", "control migratorio, puente Simón Bolívar",
                "documents", List.of(Map.of("type", "passport", "number", "P-77031", "country", "VE")))).json());
        JsonNode match = screened.get("hits").get(0);
        assertThat(match.get("noticeId").asString()).isEqualTo(noticeId);
        assertThat(match.get("decision").asString()).isEqualTo("MATCH");
        String hitId = match.get("hitId").asString();
        String screeningId = screened.get("screeningId").asString();

        List<RecordingOutbox.Sent> sent = outbox.sent.stream().filter(s -> s.recordKey().equals("hit:" + hitId)).toList();
        assertThat(sent).as("one message, to the issuing agency's node").hasSize(1);
        RecordingOutbox.Sent opened = sent.getFirst();
        assertThat(opened.kind()).isEqualTo(Kinds.HIT_OPENED);
        assertThat(opened.to()).isEqualTo("VE");
        JsonNode payload = opened.payload();
        assertThat(payload.get("hitId").asString()).isEqualTo(hitId);
        assertThat(payload.get("noticeId").asString()).isEqualTo(noticeId);
        assertThat(payload.get("screenedBy").asString()).isEqualTo("co.border");
        assertThat(payload.get("screenedByAgency").asString()).isEqualTo("CO-DIJIN");
        assertThat(payload.get("purpose").asString()).isEqualTo("control migratorio, puente Simón Bolívar");
        assertThat(payload.get("decision").asString()).isEqualTo("MATCH");
        assertThat(payload.get("explanationItems").valueStream().map(i -> i.get("code").asString()))
                .as("explanation items cross as codes").contains("name.words");
        assertThat(payload.toString()).as("the traveller's document stays in Colombia").doesNotContain("P-77031", "77031");

        JsonNode waiting = http("co.border").get("/api/v1/hits/" + hitId).json();
        assertThat(waiting.get("status").asString()).isEqualTo("OPEN");
        assertThat(waiting.get("awaitingNode").asString()).isEqualTo("VE");
        ConsoleSession officer = ConsoleSession.signIn(port, "co.border", PASSWORD);
        assertThat(officer.get("/console/screening/" + screeningId).body()).contains("Esperando a Venezuela");
        assertThat(officer.get("/console/screening/" + screeningId + "?lang=en").body()).contains("Waiting for Venezuela");

        Envelope fromPeru = answer("PE", hitId, noticeId, "CONFIRMED", "ARREST", "VE-CICPC");
        assertThatThrownBy(() -> inTransaction(new HitAnsweredKind(new TestDirectory("CO"), remoteHits)::apply, fromPeru))
                .as("only Venezuela's node answers for a Venezuelan notice")
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.code()).isEqualTo(RefusalCode.NOT_OWNER));
        Envelope forAnotherAgency = answer("VE", hitId, noticeId, "CONFIRMED", "ARREST", "PE-PNP");
        assertThatThrownBy(() -> inTransaction(new HitAnsweredKind(new TestDirectory("CO"), remoteHits)::apply, forAnotherAgency))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.code()).isEqualTo(RefusalCode.NOT_OWNER));
        assertThat(http("co.border").get("/api/v1/hits/" + hitId).json().get("awaitingNode").asString())
                .as("a refused answer changes nothing").isEqualTo("VE");

        Envelope fromVenezuela = answer("VE", hitId, noticeId, "CONFIRMED", "ARREST", "VE-CICPC");
        inTransaction(new HitAnsweredKind(new TestDirectory("CO"), remoteHits)::apply, fromVenezuela);
        JsonNode answered = http("co.border").get("/api/v1/hits/" + hitId).json();
        assertThat(answered.get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(answered.get("action").asString()).isEqualTo("ARREST");
        assertThat(answered.get("answerNote").asString()).isEqualTo("Es el sujeto: detenerlo");
        assertThat(answered.get("answeredBy").asString()).isEqualTo("ve.analyst");
        assertThat(answered.get("awaitingNode").isNull()).as("no longer waiting").isTrue();
        assertThat(answersAudited(hitId)).isEqualTo(1);

        Envelope replayed = answer("VE", hitId, noticeId, "REJECTED", null, "VE-CICPC");
        inTransaction(new HitAnsweredKind(new TestDirectory("CO"), remoteHits)::apply, replayed);
        inTransaction(new HitAnsweredKind(new TestDirectory("CO"), remoteHits)::apply, fromVenezuela);
        assertThat(http("co.border").get("/api/v1/hits/" + hitId).json().get("status").asString())
                .as("a second answer changes nothing").isEqualTo("CONFIRMED");
        assertThat(answersAudited(hitId)).isEqualTo(1);
        assertThat(officer.get("/console/screening/" + screeningId).body())
                .contains("confirmó que es la persona buscada", "Es el sujeto: detenerlo").doesNotContain("Esperando a");
    }

    // ---------------------------------------------------------------- the issuing node's side

    @Test
    void a_hit_colombia_opened_enters_venezuelas_inbox_once_and_its_answer_goes_back_to_colombia() throws Exception {
        String name = "Jholeiber " + unique("Marc") + " Torrealba";
        String noticeId = activeNotice(name, newDocument(), "ALL_MEMBERS");
        HitOpenedKind venezuela = new HitOpenedKind(new TestDirectory("VE"), notices, agencies, remoteHits);
        String hitId = UUID.randomUUID().toString();
        Envelope opened = envelope("CO", "VE", Kinds.HIT_OPENED, hitId, hitOpened(hitId, noticeId, "CO-DIJIN", p -> { }));

        RecordingOutbox outbox = new RecordingOutbox();
        HitsToOtherNodes venezuelaSends = new HitsToOtherNodes(new TestDirectory("VE"), outbox, remoteHits);
        listeningTo(venezuelaSends, () -> inTransaction(venezuela::apply, opened));
        assertThat(outbox.sent).as("a hit on our own notice goes nowhere").isEmpty();

        JsonNode inbox = http("ve.analyst").get("/api/v1/hits?status=OPEN").json();
        assertThat(inbox.get("items").valueStream().map(h -> h.get("id").asString())).contains(hitId);
        JsonNode hit = http("ve.analyst").get("/api/v1/hits/" + hitId).json();
        assertThat(hit.get("screenedBy").asString()).isEqualTo("co.border");
        assertThat(hit.get("screenedByAgency").asString()).isEqualTo("CO-DIJIN");
        assertThat(hit.get("purpose").asString()).isEqualTo("control migratorio, Cúcuta");
        assertThat(hit.get("place").asString()).isEqualTo("Puente Simón Bolívar");
        assertThat(hit.get("subjectName").asString()).as("the subject as our own notice has it").isEqualTo(name);
        assertThat(hit.get("awaitingNode").isNull()).isTrue();
        assertThat(opensAudited(hitId)).as("audited as a local hit").isEqualTo(1);
        String page = ConsoleSession.signIn(port, "ve.analyst", PASSWORD).get("/console/hits").body();
        assertThat(page).contains("id=\"hit-" + hitId + "\"", "Misma fecha de nacimiento: 17/04/1986", "control migratorio, Cúcuta");

        inTransaction(venezuela::apply, opened);
        inTransaction(venezuela::apply, envelope("CO", "VE", Kinds.HIT_OPENED, hitId,
                hitOpened(hitId, noticeId, "CO-DIJIN", p -> p.put("purpose", "otro motivo"))));
        assertThat(jdbc.sql("SELECT count(*) FROM screening_hit WHERE id = ?::uuid").param(hitId).query(Long.class).single())
                .as("a duplicate opens nothing").isEqualTo(1);
        assertThat(http("ve.analyst").get("/api/v1/hits/" + hitId).json().get("purpose").asString())
                .isEqualTo("control migratorio, Cúcuta");
        assertThat(opensAudited(hitId)).isEqualTo(1);

        JsonNode answer = listening(venezuelaSends, () -> http("ve.analyst").postJson("/api/v1/hits/" + hitId + "/answer",
                Map.of("confirmed", false, "note", "Otra persona: huellas no coinciden")).json());
        assertThat(answer.get("status").asString()).isEqualTo("REJECTED");
        assertThat(outbox.sent).as("the answer goes back to the node whose officer screened").hasSize(1);
        RecordingOutbox.Sent back = outbox.sent.getFirst();
        assertThat(back.kind()).isEqualTo(Kinds.HIT_ANSWERED);
        assertThat(back.to()).isEqualTo("CO");
        assertThat(back.recordKey()).isEqualTo("hit:" + hitId);
        assertThat(back.payload().get("status").asString()).isEqualTo("REJECTED");
        assertThat(back.payload().get("note").asString()).isEqualTo("Otra persona: huellas no coinciden");
        assertThat(back.payload().get("answeredBy").asString()).isEqualTo("ve.analyst");
        assertThat(back.payload().get("answeredByAgency").asString()).isEqualTo("VE-CICPC");
    }

    @Test
    void a_hit_from_a_node_that_does_not_hold_the_screening_agency_or_on_a_notice_not_ours_is_refused() throws Exception {
        String noticeId = activeNotice("Keiber " + unique("Sant") + " Pernalete", newDocument(), "ALL_MEMBERS");
        String agencyOnly = activeNotice("Yorbis " + unique("Mend") + " Colmenares", newDocument(), "AGENCY");
        HitOpenedKind venezuela = new HitOpenedKind(new TestDirectory("VE"), notices, agencies, remoteHits);

        assertRefused(venezuela, "PE", noticeId, "CO-DIJIN", p -> { }, RefusalCode.NOT_OWNER);
        assertRefused(new HitOpenedKind(new TestDirectory("CO"), notices, agencies, remoteHits), "PE", noticeId, "PE-PNP",
                p -> { }, RefusalCode.WRONG_ADDRESSEE);
        assertRefused(venezuela, "CO", UUID.randomUUID().toString(), "CO-DIJIN", p -> { }, RefusalCode.WRONG_ADDRESSEE);
        assertRefused(venezuela, "CO", noticeId, "CO-DIJIN", p -> p.put("issuingAgencyId", "PE-PNP"),
                RefusalCode.WRONG_ADDRESSEE);
        assertRefused(venezuela, "CO", agencyOnly, "CO-DIJIN", p -> { }, RefusalCode.NOT_VISIBLE_HERE);

        String postHit = UUID.randomUUID().toString();
        inTransaction(venezuela::apply, envelope("CO-CUCUTA", "VE", Kinds.HIT_OPENED, postHit,
                hitOpened(postHit, noticeId, "CO-DIJIN", p -> { })));
        assertThat(remoteHits.receivedFrom(UUID.fromString(postHit))).as("a border post speaks for its agency")
                .contains("CO-CUCUTA");
    }

    @Test
    void a_hit_message_that_cannot_be_read_or_carries_control_characters_writes_nothing() throws Exception {
        String noticeId = activeNotice("Wilkerman " + unique("Gil") + " Briceño", newDocument(), "ALL_MEMBERS");
        HitOpenedKind venezuela = new HitOpenedKind(new TestDirectory("VE"), notices, agencies, remoteHits);
        List<Consumer<Map<String, Object>>> hostile = List.of(
                p -> p.put("purpose", "control\u0000migratorio"),
                p -> p.put("queryName", "A\u001bB"),
                p -> p.put("purpose", "x".repeat(HitMessages.MAX_TEXT + 1)),
                p -> p.put("score", 7.5),
                p -> p.put("decision", "POSSIBLE"),
                p -> p.put("kind", "INVENTED"),
                p -> p.remove("screenedBy"),
                p -> p.put("deadline", "mañana"));
        for (Consumer<Map<String, Object>> change : hostile) {
            String hitId = UUID.randomUUID().toString();
            Envelope bad = envelope("CO", "VE", Kinds.HIT_OPENED, hitId, hitOpened(hitId, noticeId, "CO-DIJIN", change));
            assertThatThrownBy(() -> inTransaction(venezuela::apply, bad)).isInstanceOf(HitMessages.Malformed.class);
            assertThat(remoteHits.find(UUID.fromString(hitId))).isEmpty();
        }
        String hitId = UUID.randomUUID().toString();
        assertThatThrownBy(() -> inTransaction(venezuela::apply, new Envelope(UUID.randomUUID(), Envelope.SCHEMA,
                Kinds.HIT_OPENED, "CO", "VE", "hit:" + hitId, 1, Instant.now(), null)))
                .isInstanceOf(HitMessages.Malformed.class);
    }

    // ---------------------------------------------------------------- helpers

    private void assertRefused(HitOpenedKind kind, String from, String noticeId, String agency,
                               Consumer<Map<String, Object>> change, RefusalCode code) {
        String hitId = UUID.randomUUID().toString();
        Envelope e = envelope(from, "VE", Kinds.HIT_OPENED, hitId, hitOpened(hitId, noticeId, agency, change));
        assertThatThrownBy(() -> inTransaction(kind::apply, e)).as("%s from %s", code, from)
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.code()).isEqualTo(code));
        assertThat(remoteHits.find(UUID.fromString(hitId))).isEmpty();
    }

    /** A hit.opened payload as Colombia's node writes it, changed by {@code change}. */
    private static Map<String, Object> hitOpened(String hitId, String noticeId, String agency,
                                                 Consumer<Map<String, Object>> change) {
        Instant now = Instant.now();
        Map<String, Object> p = new HashMap<>();
        p.put("hitId", hitId);
        p.put("screeningId", UUID.randomUUID().toString());
        p.put("noticeId", noticeId);
        p.put("issuingAgencyId", "VE-CICPC");
        p.put("screenedBy", "co.border");
        p.put("screenedByAgency", agency);
        p.put("purpose", "control migratorio, Cúcuta");
        p.put("queryName", "JHOLEIBER TORREALBA");
        p.put("queryBirthDate", "1986-04-17");
        p.put("score", 0.93);
        p.put("decision", "MATCH");
        p.put("explanation", "birthDate (0.06): same date of birth 1986-04-17");
        p.put("explanationItems", List.of(Map.of("feature", "birthDate", "score", 0.06,
                "detail", "same date of birth 1986-04-17", "code", "birth-date.exact", "args", List.of("1986-04-17"))));
        p.put("kind", "SCREENING");
        p.put("screenedAt", now.toString());
        p.put("place", "Puente Simón Bolívar");
        p.put("deadline", now.plus(Duration.ofHours(12)).toString());
        p.put("createdAt", now.toString());
        change.accept(p);
        return p;
    }

    private static Envelope answer(String from, String hitId, String noticeId, String status, String action, String agency) {
        Map<String, Object> p = new HashMap<>();
        p.put("hitId", hitId);
        p.put("noticeId", noticeId);
        p.put("status", status);
        p.put("action", action);
        p.put("note", "Es el sujeto: detenerlo");
        p.put("answeredBy", "ve.analyst");
        p.put("answeredByAgency", agency);
        p.put("answeredAt", Instant.now().toString());
        return envelope(from, "CO", Kinds.HIT_ANSWERED, hitId, p);
    }

    private static Envelope envelope(String from, String to, String kind, String hitId, Map<String, Object> payload) {
        return new Envelope(UUID.randomUUID(), Envelope.SCHEMA, kind, from, to, "hit:" + hitId, 1, Instant.now(),
                Http.JSON.valueToTree(payload));
    }

    /** As the receiver applies a message: in one transaction, rolled back when the kind refuses. */
    private void inTransaction(Consumer<Envelope> apply, Envelope envelope) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> apply.accept(envelope));
    }

    interface Action<T> {
        T run() throws Exception;
    }

    /** Runs {@code action} with {@code sender} listening to hit events in the context, as the node's bean would. */
    private <T> T listening(HitsToOtherNodes sender, Action<T> action) throws Exception {
        ApplicationListener<ApplicationEvent> listener = event -> {
            if (event instanceof PayloadApplicationEvent<?> p) {
                switch (p.getPayload()) {
                    case ScreeningEvents.HitOpened o -> sender.on(o);
                    case ScreeningEvents.HitAnswered a -> sender.on(a);
                    default -> { }
                }
            }
        };
        context.addApplicationListener(listener);
        try {
            return action.run();
        } finally {
            context.removeApplicationListener(listener);
        }
    }

    private void listeningTo(HitsToOtherNodes sender, Runnable action) throws Exception {
        listening(sender, () -> {
            action.run();
            return null;
        });
    }

    private long opensAudited(String hitId) {
        return audit.search(new AuditQuery(null, null, "hit.open", hitId, null, null, 0, 10)).total();
    }

    private long answersAudited(String hitId) {
        return audit.search(new AuditQuery(null, null, "hit.answer", hitId, null, null, 0, 10)).total();
    }

    /** An active notice of Venezuela's CICPC with a full birth date and a document of its own. */
    private String activeNotice(String name, String document, String scope) {
        Map<String, Object> draft = new HashMap<>(Fixtures.draft(name, scope, List.of()));
        draft.put("subject", Map.of("name", name, "birthDate", "1986-04-17", "nationalities", List.of("VE"),
                "documents", List.of(Map.of("type", "national_id", "number", document, "country", "VE"))));
        String id = http("ve.analyst").postJson("/api/v1/notices", draft).json().get("id").asString();
        http("ve.analyst").postJson("/api/v1/notices/" + id + "/submit", Map.of());
        assertThat(http("ve.supervisor").postJson("/api/v1/notices/" + id + "/review", Fixtures.approve()).status())
                .isEqualTo(200);
        EventsHandled.about(jdbc, id);
        return id;
    }

    private static String newDocument() {
        return "V-" + ThreadLocalRandom.current().nextInt(10_000_000, 30_000_000);
    }

    private static String unique(String prefix) {
        StringBuilder sb = new StringBuilder(prefix);
        for (int i = 0; i < 6; i++) {
            sb.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return sb.toString();
    }
}

package org.sabueso.federation.hits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sabueso.federation.internal.Envelope;
import org.sabueso.federation.internal.Kinds;
import org.sabueso.screening.Explanation;
import org.sabueso.screening.HitAction;
import org.sabueso.screening.HitKind;
import org.sabueso.screening.HitStatus;
import org.sabueso.screening.HitView;
import tools.jackson.databind.JsonNode;

/** The wire form of a hit and its answer: what is written is read back the same, and nothing more crosses. */
class HitMessagesTest {

    private static final Instant AT = Instant.parse("2026-12-04T14:02:00Z");

    private static HitView hit(HitStatus status, HitAction action, String note) {
        List<Explanation> items = List.of(
                new Explanation("name", 0.95, "same words: hector, guerrero", "name.words",
                        Arrays.asList(List.of("hector", "guerrero"), List.of(), List.of(), false, null, List.of())),
                new Explanation("previousAnswer", Double.NaN, "no score", "birth-date.exact", List.of("1983")));
        return new HitView(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "VE-CICPC",
                "co.border", "CO-DIJIN", "control migratorio", "HECTOR GUERRERO", "1983", "Héctor Guerrero Flores",
                0.93, "name (0.95): same words", status, AT.plusSeconds(600), false, action, note,
                note == null ? null : "ve.analyst", note == null ? null : AT.plusSeconds(60), AT, items, HitKind.REMATCH,
                AT.minusSeconds(86_400), "Paraguachón", null);
    }

    private static Envelope envelope(String kind, JsonNode payload) {
        return new Envelope(UUID.randomUUID(), Envelope.SCHEMA, kind, "CO", "VE", "hit:x", 1, AT, payload);
    }

    @Test
    void a_hit_crosses_as_the_inbox_shows_it_and_is_read_back_the_same() {
        HitView h = hit(HitStatus.OPEN, null, null);
        JsonNode payload = HitMessages.opened(h);
        HitMessages.Opened m = HitMessages.readOpened(envelope(Kinds.HIT_OPENED, payload));
        assertThat(m.hitId()).isEqualTo(h.id());
        assertThat(m.noticeId()).isEqualTo(h.noticeId());
        assertThat(m.screenedByAgency()).isEqualTo("CO-DIJIN");
        assertThat(m.kind()).isEqualTo(HitKind.REMATCH);
        assertThat(m.screenedAt()).isEqualTo(h.screenedAt());
        assertThat(m.deadline()).isEqualTo(h.deadline());
        assertThat(m.place()).isEqualTo("Paraguachón");
        assertThat(m.explanationItems()).extracting(HitMessages.Item::code).containsExactly("name.words", "birth-date.exact");
        assertThat(m.explanationItems().get(1).score()).as("no score crosses as null").isNull();
        assertThat(m.explanationItems().getFirst().args()).hasSize(6);
        assertThat(payload.propertyNames()).as("the person's id and subject stay with each node's own notice")
                .doesNotContain("personId", "subjectName", "status", "answerNote", "queryDocuments", "documents");
    }

    @Test
    void an_answer_crosses_with_who_gave_it() {
        HitView h = hit(HitStatus.CONFIRMED, HitAction.ARREST, "Es el sujeto");
        HitMessages.Answered m = HitMessages.readAnswered(envelope(Kinds.HIT_ANSWERED, HitMessages.answered(h, "VE-CICPC")));
        assertThat(m.status()).isEqualTo(HitStatus.CONFIRMED);
        assertThat(m.action()).isEqualTo(HitAction.ARREST);
        assertThat(m.note()).isEqualTo("Es el sujeto");
        assertThat(m.answeredBy()).isEqualTo("ve.analyst");
        assertThat(m.answeredByAgency()).isEqualTo("VE-CICPC");
        assertThat(m.answeredAt()).isEqualTo(AT.plusSeconds(60));
    }

    @Test
    void an_answer_that_is_no_answer_is_malformed() {
        JsonNode open = HitMessages.answered(hit(HitStatus.OPEN, null, null), "VE-CICPC");
        assertThatThrownBy(() -> HitMessages.readAnswered(envelope(Kinds.HIT_ANSWERED, open)))
                .isInstanceOf(HitMessages.Malformed.class);
        JsonNode noAction = HitMessages.answered(hit(HitStatus.CONFIRMED, null, "x"), "VE-CICPC");
        assertThatThrownBy(() -> HitMessages.readAnswered(envelope(Kinds.HIT_ANSWERED, noAction)))
                .as("a confirmation says what the officer must do").isInstanceOf(HitMessages.Malformed.class);
    }
}

package org.sabueso.federation.hits;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.sabueso.federation.internal.Envelope;
import org.sabueso.notice.NoticeDetail;
import org.sabueso.screening.Explanation;
import org.sabueso.screening.HitAction;
import org.sabueso.screening.HitKind;
import org.sabueso.screening.HitStatus;
import org.sabueso.screening.HitView;
import org.sabueso.screening.ReceivedHit;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The wire form of a hit and of its answer, the same on both nodes: what the issuing agency's inbox
 * shows of a hit opened here, no more (never the traveller's document numbers), and what the
 * screening officer is shown of the answer. Explanation items cross as codes and arguments, so the
 * issuing node words them in its own pages' language. A payload that cannot be read, or that is out
 * of bounds, is {@link Malformed}: the receiver sends it to the dead letters, it never reaches a table.
 */
final class HitMessages {

    /** A hit is a MATCH: a POSSIBLE opens nothing, so this is the only decision that crosses. */
    static final String MATCH = "MATCH";
    /** The longest text a field may carry: the answer note's limit (HitRules.MAX_NOTE), far above a name or purpose. */
    static final int MAX_TEXT = 2_000;
    /**
     * The whole payload: a hit's English explanation is one line per item, a few hundred characters
     * each, and an engine explanation has about a dozen items; 64 KiB is ten times the largest seen.
     */
    static final int MAX_PAYLOAD = 65_536;

    private static final JsonMapper JSON = JsonMapper.builder()
            // a field a later release adds is read as absent by this one (a node accepts the schema before its own)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private HitMessages() {
    }

    /** A payload that cannot be read or breaks a bound: sent to the dead letters by the receiver, never applied. */
    static final class Malformed extends IllegalArgumentException {
        Malformed(String detail) {
            super(detail);
        }
    }

    /** One explanation item: a score that is not a number (none given) crosses as null, which JSON can hold. */
    record Item(String feature, Double score, String detail, String code, List<Object> args) {
    }

    /** {@code hit.opened}: a MATCH on the receiver's notice, as its issuing agency's inbox will show it. */
    record Opened(UUID hitId, UUID screeningId, UUID noticeId, String issuingAgencyId, String screenedBy,
                  String screenedByAgency, String purpose, String queryName, String queryBirthDate, Double score,
                  String decision, String explanation, List<Item> explanationItems, HitKind kind, Instant screenedAt,
                  String place, Instant deadline, Instant createdAt) {
    }

    /** {@code hit.answered}: the issuing agency's answer, for the node whose officer screened. */
    record Answered(UUID hitId, UUID noticeId, HitStatus status, HitAction action, String note, String answeredBy,
                    String answeredByAgency, Instant answeredAt) {
    }

    static JsonNode opened(HitView h) {
        List<Item> items = new ArrayList<>(h.explanationItems().size());
        for (Explanation e : h.explanationItems()) {
            items.add(new Item(e.feature(), Double.isNaN(e.score()) ? null : e.score(), e.detail(), e.code(), e.args()));
        }
        return JSON.valueToTree(new Opened(h.id(), h.screeningId(), h.noticeId(), h.issuingAgencyId(), h.screenedBy(),
                h.screenedByAgency(), h.purpose(), h.queryName(), h.queryBirthDate(), h.score(), MATCH, h.explanation(),
                items, h.kind(), h.screenedAt(), h.place(), h.deadline(), h.createdAt()));
    }

    static JsonNode answered(HitView h, String answeredByAgency) {
        return JSON.valueToTree(new Answered(h.id(), h.noticeId(), h.status(), h.action(), h.answerNote(),
                h.answeredBy(), answeredByAgency, h.answeredAt()));
    }

    static Opened readOpened(Envelope envelope) {
        Opened m = read(envelope, Opened.class);
        require(m.hitId() != null && m.screeningId() != null && m.noticeId() != null && m.score() != null
                && m.kind() != null && m.screenedAt() != null && m.deadline() != null && m.createdAt() != null
                && m.explanationItems() != null, "a field of hit.opened is missing");
        require(MATCH.equals(m.decision()), "only a MATCH opens a hit");
        require(m.score() >= 0 && m.score() <= 1, "score outside 0..1");
        for (String text : new String[] {m.issuingAgencyId(), m.screenedBy(), m.screenedByAgency(), m.purpose(),
                m.queryName()}) {
            require(text != null && !text.isBlank(), "a required text of hit.opened is missing");
        }
        return m;
    }

    static Answered readAnswered(Envelope envelope) {
        Answered m = read(envelope, Answered.class);
        require(m.hitId() != null && m.noticeId() != null && m.answeredAt() != null, "a field of hit.answered is missing");
        require(m.status() == HitStatus.CONFIRMED || m.status() == HitStatus.REJECTED, "an answer confirms or rejects");
        require(m.status() != HitStatus.CONFIRMED || m.action() != null, "a confirmation says what the officer must do");
        require(m.answeredBy() != null && !m.answeredBy().isBlank() && m.answeredByAgency() != null,
                "an answer names who gave it");
        return m;
    }

    /** The received hit as the issuing agency's inbox keeps it: subject and person as this node's own notice has them. */
    static ReceivedHit received(Opened m, NoticeDetail notice) {
        List<Explanation> items = m.explanationItems().stream()
                .map(i -> new Explanation(i.feature(), i.score() == null ? Double.NaN : i.score(), i.detail(), i.code(),
                        i.args()))
                .toList();
        return new ReceivedHit(m.hitId(), m.screeningId(), notice.id(), notice.subject().id(), notice.issuingAgencyId(),
                m.screenedBy(), m.screenedByAgency(), m.purpose(), m.queryName(), m.queryBirthDate(),
                notice.subject().writtenName(), m.score(), m.explanation() == null ? "" : m.explanation(), items,
                m.kind(), m.screenedAt(), m.place(), m.deadline(), m.createdAt());
    }

    private static <T> T read(Envelope envelope, Class<T> type) {
        JsonNode payload = envelope.payload();
        require(payload != null && payload.isObject(), envelope.kind() + " without a payload");
        require(payload.toString().length() <= MAX_PAYLOAD, envelope.kind() + " longer than " + MAX_PAYLOAD);
        checkTexts(payload);
        try {
            return JSON.treeToValue(payload, type);
        } catch (JacksonException e) {
            throw new Malformed(envelope.kind() + " unreadable: " + e.getOriginalMessage());
        }
    }

    /**
     * Every text, keys included, is at most {@link #MAX_TEXT} long (the English explanation aside,
     * bounded by the payload) and holds no control character but line breaks and tabs: PostgreSQL
     * refuses NUL, and a page would show the rest as garbage.
     */
    private static void checkTexts(JsonNode node) {
        if (node.isString()) {
            String s = node.stringValue();
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                require(c >= 0x20 || c == '\n' || c == '\t' || c == '\r', "a control character in a text");
            }
            return;
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> p : node.properties()) {
                require(p.getKey().length() <= 64, "a field name too long");
                if (p.getValue().isString() && !p.getKey().equals("explanation")) {
                    require(p.getValue().stringValue().length() <= MAX_TEXT, "field " + p.getKey() + " too long");
                }
                checkTexts(p.getValue());
            }
        } else if (node.isArray()) {
            node.values().forEach(HitMessages::checkTexts);
        }
    }

    private static void require(boolean holds, String detail) {
        if (!holds) {
            throw new Malformed(detail);
        }
    }
}

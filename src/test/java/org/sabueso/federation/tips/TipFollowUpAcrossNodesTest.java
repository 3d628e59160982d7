package org.sabueso.federation.tips;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sabueso.IntegrationTest;
import org.sabueso.agency.Agencies;
import org.sabueso.agency.Viewer;
import org.sabueso.federation.TipsAndLinksFakes;
import org.sabueso.federation.TipsAndLinksFakes.RecordingOutbox;
import org.sabueso.federation.internal.Envelope;
import org.sabueso.federation.internal.Kinds;
import org.sabueso.federation.internal.MessageKind;
import org.sabueso.federation.internal.RefusalCode;
import org.sabueso.federation.internal.Refused;
import org.sabueso.federation.links.Nodes;
import org.sabueso.tip.NewTip;
import org.sabueso.tip.Receipt;
import org.sabueso.tip.TipEntry;
import org.sabueso.tip.TipExchange;
import org.sabueso.tip.TipStatus;
import org.sabueso.tip.Tips;
import org.sabueso.tip.TipsterView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A tip filed on Peru's tip line about Venezuela's Guerrero notice, followed up across the two
 * nodes: Venezuela's analyst asks the tipster a question and changes the status, the tipster reads
 * both on Peru's portal with the codename and replies there, and Venezuela's analyst reads the
 * reply. One database plays both nodes: the tip's row is turned into each node's copy in turn
 * (filed here, with the receipt and the tipster's key; or received from Peru, without them).
 */
@RecordApplicationEvents
class TipFollowUpAcrossNodesTest extends IntegrationTest {

    @Autowired
    Tips tips;

    @Autowired
    TipExchange exchange;

    @Autowired
    Agencies agencies;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    ApplicationEvents events;

    record PeruRow(byte[] receiptHash, byte[] tipsterKey) {
    }

    record Filed(UUID tipId, Receipt receipt, PeruRow peru) {
    }

    Filed fileOnPeru() {
        UUID guerrero = jdbc.sql("SELECT id FROM notice WHERE warrant_reference = 'VE-TC-ARAGUA-2023-0917'").query(UUID.class).single();
        Receipt receipt = tips.submit(new NewTip(guerrero, null, "Lo vi en Tumbes " + UUID.randomUUID(), "Tumbes", "ayer",
                "camioneta gris", List.of()));
        UUID tipId = events.stream(TipExchange.TipFiled.class).map(TipExchange.TipFiled::tipId).toList().getLast();
        PeruRow peru = jdbc.sql("SELECT receipt_hash, tipster_key FROM tip WHERE id = ?").param(tipId)
                .query((rs, i) -> new PeruRow(rs.getBytes(1), rs.getBytes(2))).single();
        return new Filed(tipId, receipt, peru);
    }

    /** The row as Venezuela's node holds it: received from Peru, no receipt, no key for the tipster. */
    void asVenezuelas(Filed f) {
        jdbc.sql("UPDATE tip SET receipt_hash = NULL, tipster_key = NULL, received_from = 'PE' WHERE id = ?")
                .param(f.tipId()).update();
    }

    /** The row as Peru's node holds it: filed on its tip line. */
    void asPerus(Filed f) {
        jdbc.sql("UPDATE tip SET receipt_hash = ?, tipster_key = ?, received_from = NULL WHERE id = ?")
                .params(f.peru().receiptHash(), f.peru().tipsterKey(), f.tipId()).update();
    }

    /** Removes entries of a kind, as if the other node had not taken them yet. */
    void forgetEntries(UUID tipId, TipEntry.Kind kind) {
        jdbc.sql("DELETE FROM tip_attachment WHERE entry_id IN (SELECT id FROM tip_entry WHERE tip_id = ? AND kind = ?)")
                .params(tipId, kind.name()).update();
        jdbc.sql("DELETE FROM tip_entry WHERE tip_id = ? AND kind = ?").params(tipId, kind.name()).update();
    }

    void inTransaction(Runnable r) {
        new TransactionTemplate(transactions).executeWithoutResult(tx -> r.run());
    }

    RefusalCode refusal(MessageKind kind, Envelope envelope) {
        try {
            inTransaction(() -> kind.apply(envelope));
        } catch (Refused r) {
            return r.code();
        }
        return null;
    }

    TipAnswers answersOf(String node, RecordingOutbox outbox) {
        return new TipAnswers(TipsAndLinksFakes.directoryOf(node), outbox, TipsAndLinksFakes.FEDERATED, exchange);
    }

    TipsterReplyMessages repliesOf(String node, RecordingOutbox outbox) {
        var directory = TipsAndLinksFakes.directoryOf(node);
        return new TipsterReplyMessages(directory, outbox, TipsAndLinksFakes.FEDERATED, exchange,
                new TipsToOtherNodes(directory, outbox, TipsAndLinksFakes.FEDERATED, exchange, transactions));
    }

    /** Venezuela's analyst asks and triages; returns the answer Venezuela's node sends to Peru's. */
    RecordingOutbox.Sent venezuelaAnswers(Filed f, String question) {
        asVenezuelas(f);
        Viewer ve = agencies.viewerFor("ve.analyst").orElseThrow();
        RecordingOutbox outbox = new RecordingOutbox();
        TipAnswers venezuela = answersOf("VE", outbox);
        inTransaction(() -> {
            tips.message(ve, f.tipId(), question);
            tips.changeStatus(ve, f.tipId(), TipStatus.ACTIONABLE);
        });
        events.stream(TipExchange.TipAnswered.class).filter(e -> e.tipId().equals(f.tipId()))
                .forEach(e -> inTransaction(() -> venezuela.on(e)));
        assertThat(outbox.sent).isNotEmpty().allSatisfy(s -> {
            assertThat(s.kind()).isEqualTo(Kinds.TIP_ANSWER);
            assertThat(s.toNode()).isEqualTo("PE");
            assertThat(s.recordKey()).isEqualTo("tip:" + f.tipId());
        });
        return outbox.sent.getLast();
    }

    @Test
    void venezuelas_question_and_status_reach_the_tipster_on_perus_portal_and_the_reply_reaches_venezuela() {
        Filed f = fileOnPeru();
        String question = "¿A qué hora lo vio? " + UUID.randomUUID();
        RecordingOutbox.Sent answer = venezuelaAnswers(f, question);

        String json = Nodes.tree(answer.payload()).toString();
        assertThat(json).as("sealed, not readable on the way").doesNotContain(question).doesNotContain("hora");
        assertThat(TipsAcrossNodesTest.names(Nodes.tree(answer.payload())))
                .containsExactlyInAnyOrder("tipId", "agencyId", "status", "entries");

        // Peru's node: the tip filed here, the question not yet held
        forgetEntries(f.tipId(), TipEntry.Kind.TO_TIPSTER);
        asPerus(f);
        jdbc.sql("UPDATE tip SET status = 'NEW' WHERE id = ?").param(f.tipId()).update();
        TipAnswers peru = answersOf("PE", new RecordingOutbox());
        Envelope fromVenezuela = TipsAndLinksFakes.envelope(Kinds.TIP_ANSWER, "VE", "PE", answer.recordKey(), answer.payload());
        inTransaction(() -> peru.apply(fromVenezuela));

        TipsterView seen = tips.followUp(f.receipt().codename()).orElseThrow();
        assertThat(seen.status()).isEqualTo(TipsterView.PublicStatus.IN_REVIEW);
        assertThat(seen.messages()).anySatisfy(m -> {
            assertThat(m.kind()).isEqualTo(TipEntry.Kind.TO_TIPSTER);
            assertThat(m.text()).isEqualTo(question);
            assertThat(m.agencyId()).isEqualTo("VE-CICPC");
        });

        // the same answer again changes nothing
        inTransaction(() -> peru.apply(TipsAndLinksFakes.envelope(Kinds.TIP_ANSWER, "VE", "PE", answer.recordKey(), answer.payload())));
        assertThat(tips.followUp(f.receipt().codename()).orElseThrow().messages())
                .filteredOn(m -> m.kind() == TipEntry.Kind.TO_TIPSTER).hasSize(1);

        // the tipster replies on Peru's portal: the reply leaves for Venezuela only (Peru's own agency reads it here)
        String reply = "A las seis, en el terminal " + UUID.randomUUID();
        RecordingOutbox peruOutbox = new RecordingOutbox();
        TipsterReplyMessages peruReplies = repliesOf("PE", peruOutbox);
        tips.reply(f.receipt().codename(), reply, List.of());
        events.stream(TipExchange.TipsterReplied.class).filter(e -> e.tipId().equals(f.tipId()))
                .forEach(e -> inTransaction(() -> peruReplies.on(e)));
        assertThat(peruOutbox.sent).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(Kinds.TIP_REPLY);
            assertThat(s.toNode()).isEqualTo("VE");
            assertThat(Nodes.tree(s.payload()).toString()).doesNotContain(reply);
        });
        RecordingOutbox.Sent sentReply = peruOutbox.sent.getFirst();

        // Venezuela's node takes it, opens it with its agency's key, and shows it to its analyst
        forgetEntries(f.tipId(), TipEntry.Kind.FROM_TIPSTER);
        asVenezuelas(f);
        TipsterReplyMessages venezuela = repliesOf("VE", new RecordingOutbox());
        inTransaction(() -> venezuela.apply(TipsAndLinksFakes.envelope(Kinds.TIP_REPLY, "PE", "VE", sentReply.recordKey(),
                sentReply.payload())));
        Viewer ve = agencies.viewerFor("ve.analyst").orElseThrow();
        assertThat(tips.read(ve, f.tipId(), "test").orElseThrow().entries())
                .anySatisfy(e -> {
                    assertThat(e.kind()).isEqualTo(TipEntry.Kind.FROM_TIPSTER);
                    assertThat(e.text()).isEqualTo(reply);
                });
        asPerus(f);
    }

    @Test
    void an_answer_or_reply_from_a_node_that_may_not_speak_for_it_is_refused_and_changes_nothing() {
        Filed f = fileOnPeru();
        RecordingOutbox.Sent answer = venezuelaAnswers(f, "¿Dónde? " + UUID.randomUUID());
        forgetEntries(f.tipId(), TipEntry.Kind.TO_TIPSTER);
        asPerus(f);
        TipAnswers peru = answersOf("PE", new RecordingOutbox());

        assertThat(refusal(peru, TipsAndLinksFakes.envelope(Kinds.TIP_ANSWER, "CO", "PE", answer.recordKey(), answer.payload())))
                .as("Colombia's node does not hold Venezuela's agency").isEqualTo(RefusalCode.NOT_OWNER);
        assertThat(refusal(peru, TipsAndLinksFakes.envelope(Kinds.TIP_ANSWER, "CO-CUCUTA", "PE", answer.recordKey(),
                answer.payload()))).as("a post").isEqualTo(RefusalCode.UNKNOWN_SENDER);
        assertThat(refusal(peru, TipsAndLinksFakes.envelope(Kinds.TIP_ANSWER, "VE", "PE", "tip:" + UUID.randomUUID(),
                answer.payload()))).as("a key naming another tip").isEqualTo(RefusalCode.TIP_UNREADABLE);
        asVenezuelas(f);
        assertThat(refusal(peru, TipsAndLinksFakes.envelope(Kinds.TIP_ANSWER, "VE", "PE", answer.recordKey(), answer.payload())))
                .as("a tip not filed here").isEqualTo(RefusalCode.NOT_OWNER);
        assertThat(jdbc.sql("SELECT count(*) FROM tip_entry WHERE tip_id = ? AND kind = 'TO_TIPSTER'").param(f.tipId())
                .query(Long.class).single()).as("nothing refused was stored").isZero();

        // a reply Venezuela's node did not get the tip from, and a reply that does not open with its key
        asPerus(f);
        tips.reply(f.receipt().codename(), "En Tumbes otra vez", List.of());
        TipExchange.TipsterReplies replies = exchange.repliesOf(f.tipId()).orElseThrow();
        forgetEntries(f.tipId(), TipEntry.Kind.FROM_TIPSTER);
        asVenezuelas(f);
        TipsterReplyMessages venezuela = repliesOf("VE", new RecordingOutbox());
        assertThat(refusal(venezuela, TipsAndLinksFakes.envelope(Kinds.TIP_REPLY, "CO", "VE", "tip:" + f.tipId(), replies)))
                .isEqualTo(RefusalCode.NOT_OWNER);
        TipExchange.FollowUpEntry e = replies.entries().getFirst();
        byte[] altered = e.sealed().clone();
        altered[altered.length - 1] ^= 1;
        TipExchange.TipsterReplies tampered = new TipExchange.TipsterReplies(f.tipId(),
                List.of(new TipExchange.FollowUpEntry(e.id(), null, e.at(), altered)), List.of());
        assertThat(refusal(venezuela, TipsAndLinksFakes.envelope(Kinds.TIP_REPLY, "PE", "VE", "tip:" + f.tipId(), tampered)))
                .isEqualTo(RefusalCode.TIP_UNREADABLE);
        TipExchange.TipsterReplies signed = new TipExchange.TipsterReplies(f.tipId(),
                List.of(new TipExchange.FollowUpEntry(e.id(), "pe.analyst", e.at(), e.sealed())), List.of());
        assertThat(refusal(venezuela, TipsAndLinksFakes.envelope(Kinds.TIP_REPLY, "PE", "VE", "tip:" + f.tipId(), signed)))
                .as("a tipster's reply names no author").isEqualTo(RefusalCode.TIP_UNREADABLE);
        assertThat(jdbc.sql("SELECT count(*) FROM tip_entry WHERE tip_id = ? AND kind = 'FROM_TIPSTER'").param(f.tipId())
                .query(Long.class).single()).as("nothing refused was stored").isZero();
        asPerus(f);
    }
}

package org.sabueso.federation.tips;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sabueso.IntegrationTest;
import org.sabueso.agency.Agencies;
import org.sabueso.federation.TipsAndLinksFakes;
import org.sabueso.federation.TipsAndLinksFakes.RecordingOutbox;
import org.sabueso.federation.internal.Envelope;
import org.sabueso.federation.internal.Kinds;
import org.sabueso.federation.internal.RefusalCode;
import org.sabueso.federation.internal.Refused;
import org.sabueso.federation.links.Nodes;
import org.sabueso.tip.NewTip;
import org.sabueso.tip.Receipt;
import org.sabueso.tip.TipExchange;
import org.sabueso.tip.TipExchange.SealedTip;
import org.sabueso.tip.TipView;
import org.sabueso.tip.Tips;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A tip filed on Peru's node about the demo's Venezuelan Guerrero notice (a copy there, with Peru's
 * reward): what leaves for Venezuela's node, and what Venezuela's node does with it. One database
 * plays both nodes: the tip is filed, taken out as it would leave, removed, and received.
 */
@RecordApplicationEvents
class TipsAcrossNodesTest extends IntegrationTest {

    /** Everything a sealed tip carries; nothing about the tipster, the request or the codename. */
    static final Set<String> SEALED_TIP_FIELDS = Set.of("tipId", "noticeId", "receivedAt", "recipients", "entries", "photos");
    static final Set<String> RECIPIENT_FIELDS = Set.of("agencyId", "keyId", "wrappedKey");
    static final Set<String> ENTRY_FIELDS = Set.of("id", "at", "sealed");

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

    UUID guerrero() {
        return jdbc.sql("SELECT id FROM notice WHERE warrant_reference = 'VE-TC-ARAGUA-2023-0917'").query(UUID.class).single();
    }

    record Filed(UUID tipId, Receipt receipt, String what, RecordingOutbox outbox) {
    }

    /** Files a tip as Peru's tip line would, and lets Peru's node put it in its outbox. */
    Filed fileOnPeru() {
        String what = "Lo vi en Tumbes " + UUID.randomUUID();
        Receipt receipt = tips.submit(new NewTip(guerrero(), null, what, "Tumbes", "ayer", "camioneta gris", List.of()));
        UUID tipId = events.stream(TipExchange.TipFiled.class).map(TipExchange.TipFiled::tipId).toList().getLast();
        RecordingOutbox outbox = new RecordingOutbox();
        TipsToOtherNodes peru = new TipsToOtherNodes(TipsAndLinksFakes.directoryOf("PE"), outbox, TipsAndLinksFakes.FEDERATED,
                exchange, transactions);
        new TransactionTemplate(transactions).executeWithoutResult(tx -> peru.on(new TipExchange.TipFiled(tipId)));
        return new Filed(tipId, receipt, what, outbox);
    }

    /** Venezuela's node applies a message as its receiver would: in one transaction. */
    void applyOnVenezuela(Envelope envelope) {
        SealedTipMessages venezuela = new SealedTipMessages(TipsAndLinksFakes.directoryOf("VE"), exchange);
        new TransactionTemplate(transactions).executeWithoutResult(tx -> venezuela.apply(envelope));
    }

    /** As if the tip had never been here: Venezuela's node has not seen it yet. */
    void forgetHere(UUID tipId) {
        for (String table : List.of("tip_attachment", "tip_sighting", "tip_entry", "tip_recipient")) {
            jdbc.sql("DELETE FROM " + table + " WHERE tip_id = ?").param(tipId).update();
        }
        jdbc.sql("DELETE FROM tip WHERE id = ?").param(tipId).update();
    }

    @Test
    void a_tip_filed_in_peru_about_a_venezuelan_notice_leaves_for_venezuela_only_with_venezuelas_wrapped_key() {
        Filed filed = fileOnPeru();

        assertThat(filed.outbox().sent).hasSize(1);
        RecordingOutbox.Sent sent = filed.outbox().sent.getFirst();
        assertThat(sent.kind()).isEqualTo(Kinds.TIP_SEALED);
        assertThat(sent.toNode()).as("Peru's own agency reads it here; only Venezuela's node gets a message").isEqualTo("VE");
        assertThat(sent.recordKey()).isEqualTo("tip:" + filed.tipId());
        SealedTip tip = (SealedTip) sent.payload();
        assertThat(tip.recipients()).extracting(SealedTip.Recipient::agencyId).containsExactly("VE-CICPC");
        assertThat(tip.entries()).hasSize(1);
    }

    @Test
    void a_sealed_tip_carries_nothing_about_the_tipster_and_nothing_readable() {
        Filed filed = fileOnPeru();
        JsonNode json = Nodes.tree(filed.outbox().sent.getFirst().payload());

        assertThat(names(json)).isEqualTo(SEALED_TIP_FIELDS);
        json.get("recipients").forEach(r -> assertThat(names(r)).isEqualTo(RECIPIENT_FIELDS));
        json.get("entries").forEach(e -> assertThat(names(e)).isEqualTo(ENTRY_FIELDS));
        String text = json.toString();
        assertThat(text).doesNotContain(filed.what()).doesNotContain("Tumbes").doesNotContain("camioneta");
        for (String word : filed.receipt().codename().split(" ")) {
            assertThat(text).as("no word of the codename").doesNotContainIgnoringCase("\"" + word + "\"");
        }
        byte[] receiptHash = jdbc.sql("SELECT receipt_hash FROM tip WHERE id = ?").param(filed.tipId()).query(byte[].class).single();
        byte[] tipsterKey = jdbc.sql("SELECT tipster_key FROM tip WHERE id = ?").param(filed.tipId()).query(byte[].class).single();
        assertThat(text).as("neither the receipt hash nor the key sealed for the codename")
                .doesNotContain(java.util.Base64.getEncoder().encodeToString(receiptHash))
                .doesNotContain(java.util.Base64.getEncoder().encodeToString(tipsterKey));
    }

    @Test
    void venezuela_stores_the_tip_in_its_inbox_and_opens_it_with_its_own_key_and_a_duplicate_changes_nothing() {
        Filed filed = fileOnPeru();
        RecordingOutbox.Sent sent = filed.outbox().sent.getFirst();
        forgetHere(filed.tipId());
        Envelope envelope = TipsAndLinksFakes.envelope(sent.kind(), "PE", "VE", sent.recordKey(), sent.payload());

        applyOnVenezuela(envelope);

        var venezuela = agencies.viewerFor("ve.analyst").orElseThrow();
        TipView read = tips.read(venezuela, filed.tipId(), "test").orElseThrow();
        assertThat(read.entries().getFirst().what()).isEqualTo(filed.what());
        assertThat(read.entries().getFirst().where()).isEqualTo("Tumbes");
        assertThat(read.recipients()).containsExactly("VE-CICPC");
        var row = jdbc.sql("SELECT receipt_hash IS NULL AS no_hash, tipster_key IS NULL AS no_key, received_from FROM tip WHERE id = ?")
                .param(filed.tipId()).query().singleRow();
        assertThat(row.get("no_hash")).isEqualTo(true);
        assertThat(row.get("no_key")).isEqualTo(true);
        assertThat(row.get("received_from")).isEqualTo("PE");
        assertThat(tips.followUp(filed.receipt().codename())).as("the codename opens nothing on Venezuela's node").isEmpty();

        applyOnVenezuela(TipsAndLinksFakes.envelope(sent.kind(), "PE", "VE", sent.recordKey(), sent.payload()));

        assertThat(jdbc.sql("SELECT count(*) FROM tip_entry WHERE tip_id = ?").param(filed.tipId()).query(Long.class).single())
                .isEqualTo(1L);
        assertThat(refusal(TipsAndLinksFakes.envelope(sent.kind(), "CO", "VE", sent.recordKey(), sent.payload())))
                .as("the same tip from another node").isEqualTo(RefusalCode.NOT_OWNER);
    }

    @Test
    void venezuela_refuses_a_tip_from_a_post_a_tip_under_another_key_and_a_tip_that_does_not_open() {
        Filed filed = fileOnPeru();
        RecordingOutbox.Sent sent = filed.outbox().sent.getFirst();
        SealedTip tip = (SealedTip) sent.payload();
        forgetHere(filed.tipId());

        assertThat(refusal(TipsAndLinksFakes.envelope(sent.kind(), "CO-CUCUTA", "VE", sent.recordKey(), tip)))
                .isEqualTo(RefusalCode.UNKNOWN_SENDER);
        assertThat(refusal(TipsAndLinksFakes.envelope(sent.kind(), "PE", "VE", "tip:" + UUID.randomUUID(), tip)))
                .as("a key that names another tip").isEqualTo(RefusalCode.TIP_UNREADABLE);

        SealedTip.Recipient r = tip.recipients().getFirst();
        SealedTip otherKey = new SealedTip(tip.tipId(), tip.noticeId(), tip.receivedAt(),
                List.of(new SealedTip.Recipient(r.agencyId(), UUID.randomUUID(), r.wrappedKey())), tip.entries(), tip.photos());
        assertThat(refusal(TipsAndLinksFakes.envelope(sent.kind(), "PE", "VE", sent.recordKey(), otherKey)))
                .isEqualTo(RefusalCode.TIP_KEY_UNKNOWN);

        byte[] altered = tip.entries().getFirst().sealed().clone();
        altered[altered.length - 1] ^= 1;
        SealedTip tampered = new SealedTip(tip.tipId(), tip.noticeId(), tip.receivedAt(), tip.recipients(),
                List.of(new SealedTip.Entry(tip.entries().getFirst().id(), tip.entries().getFirst().at(), altered)), tip.photos());
        assertThat(refusal(TipsAndLinksFakes.envelope(sent.kind(), "PE", "VE", sent.recordKey(), tampered)))
                .isEqualTo(RefusalCode.TIP_UNREADABLE);

        SealedTip forColombia = new SealedTip(tip.tipId(), tip.noticeId(), tip.receivedAt(),
                List.of(new SealedTip.Recipient("CO-DIJIN", r.keyId(), r.wrappedKey())), tip.entries(), tip.photos());
        assertThat(refusal(TipsAndLinksFakes.envelope(sent.kind(), "PE", "VE", sent.recordKey(), forColombia)))
                .as("Colombia's agency is not held by Venezuela's node").isEqualTo(RefusalCode.WRONG_ADDRESSEE);

        SealedTip html = new SealedTip(tip.tipId(), tip.noticeId(), tip.receivedAt(), tip.recipients(), tip.entries(),
                List.of(new SealedTip.SealedPhoto(UUID.randomUUID(), tip.entries().getFirst().id(), "text/html", new byte[64])));
        assertThat(refusal(TipsAndLinksFakes.envelope(sent.kind(), "PE", "VE", sent.recordKey(), html)))
                .as("a photo of a type the tip line never takes").isEqualTo(RefusalCode.TIP_UNREADABLE);

        assertThat(jdbc.sql("SELECT count(*) FROM tip WHERE id = ?").param(tip.tipId()).query(Long.class).single())
                .as("nothing refused was stored").isZero();
    }

    @Test
    void the_public_key_of_an_agency_held_here_goes_to_national_nodes_and_is_learnt_only_from_its_own_node() {
        AgencyKeyRecords venezuela = new AgencyKeyRecords(TipsAndLinksFakes.directoryOf("VE"), exchange);

        assertThat(venezuela.ownedRecordIds().toList()).contains("VE-CICPC").doesNotContain("PE-PNP");
        Object state = venezuela.stateFor("VE-CICPC", TipsAndLinksFakes.node("PE")).orElseThrow();
        assertThat(names(Nodes.tree(state))).isEqualTo(Set.of("agencyId", "keyId", "publicKey"));
        assertThat(venezuela.stateFor("VE-CICPC", TipsAndLinksFakes.node("CO-CUCUTA"))).as("a post takes no tips").isEmpty();
        assertThat(venezuela.stateFor("PE-PNP", TipsAndLinksFakes.node("CO"))).as("not Venezuela's to send").isEmpty();

        AgencyKeyRecords peru = new AgencyKeyRecords(TipsAndLinksFakes.directoryOf("PE"), exchange);
        Envelope forged = TipsAndLinksFakes.envelope(Kinds.AGENCY_KEY_STATE, "CO", "PE", "agency-key:VE-CICPC", state);
        assertThatThrownBy(() -> peru.applyState(forged)).isInstanceOf(Refused.class)
                .satisfies(e -> assertThat(((Refused) e).code()).isEqualTo(RefusalCode.NOT_OWNER));
        Envelope otherAgency = TipsAndLinksFakes.envelope(Kinds.AGENCY_KEY_STATE, "VE", "PE", "agency-key:VE-MP", state);
        assertThatThrownBy(() -> peru.applyState(otherAgency)).isInstanceOf(Refused.class);
    }

    RefusalCode refusal(Envelope envelope) {
        try {
            applyOnVenezuela(envelope);
        } catch (Refused r) {
            return r.code();
        }
        return null;
    }

    static Set<String> names(JsonNode node) {
        Set<String> out = new HashSet<>();
        node.propertyNames().forEach(out::add);
        return out;
    }

}
